package com.switchboard.heihei.record;

import com.switchboard.heihei.topic.TopicRequests.RecordFeed;
import com.switchboard.heihei.topic.TopicRequests.RecordRef;
import com.switchboard.heihei.topic.TopicRequests.RecordUpload;
import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.MultipartForm;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.binding.StreamedMultipart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.Optional;

import static com.switchboard.platform.wire.HeiheiDialect.ok;

/** heihei v1.3.0 voice records (heihei.md §5, HH-TOPIC-10..13). */
@Path("api/record")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei voice records", description = "heihei.md §5 (v1.3.0)")
public class RecordResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    Records records;
    @Inject
    RecordViews views;
    @Inject
    RecordSettings settings;

    /** HH-TOPIC-10 Refresh voice-record feed. */
    @POST
    @Path("refresh-record")
    @Operation(summary = "HH-TOPIC-10 Refresh voice-record feed", description = "score 0: the newest 20 of others' "
            + "records; else the 20 after that score. mine: the caller's own record, if any.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordFeed.class)))
    public JsonObject refreshRecord() {
        RecordFeed r = params.bind(RecordFeed.class);
        long caller = callers.userId(r.token());
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        records.feed(caller, r.score()).forEach(v -> list.add(views.record(caller, v, true)));
        JsonObjectBuilder data = Jsons.createObjectBuilder();
        records.mine(caller).ifPresent(m -> data.add("mine", views.record(caller, m, false)));
        return ok().add("data", data.add("records", list)).build();
    }

    /** HH-TOPIC-11 Upload voice record. */
    @POST
    @Path("upload-record")
    @StreamedMultipart
    @Operation(summary = "HH-TOPIC-11 Upload voice record", description = "multipart/form-data: token, file, "
            + "fileName (.mp3 .amr .aac .m4a .wav), fileMd5, recordLength. 700 no file, 756 over "
            + "switchboard.heihei.record.max-bytes (read through, never kept), 754 MD5 mismatch, 755 shorter than "
            + "switchboard.heihei.record.min-seconds. The file replaces the caller's record.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = RecordUpload.class)))
    public JsonObject uploadRecord(@Context HttpHeaders headers, InputStream body) {
        MediaType type = headers.getMediaType();
        if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            RecordUpload r = params.bind(RecordUpload.class); // the filter read a form or JSON body: no file
            records.upload(callers.userId(r.token()), Optional.empty(), r.fileName(), r.fileMd5(), r.recordLength());
            return ok().build();
        }
        try (MultipartForm form = MultipartForm.read(body, type, params.raw(), "file", settings.maxBytes())) {
            RecordUpload r = params.bind(form.fields(), RecordUpload.class);
            records.upload(callers.userId(r.token()), form.file(), r.fileName(), r.fileMd5(), r.recordLength());
            return ok().build();
        }
    }

    /** HH-TOPIC-12 Delete voice record. */
    @POST
    @Path("delete-record")
    @Operation(summary = "HH-TOPIC-12 Delete voice record", description = "The owner only; 757 unknown or another's.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRef.class)))
    public JsonObject deleteRecord() {
        RecordRef r = params.bind(RecordRef.class);
        records.delete(callers.userId(r.token()), r.recordId());
        return ok().build();
    }

    /** HH-TOPIC-13 Listen to voice record. */
    @POST
    @Path("read-record")
    @Operation(summary = "HH-TOPIC-13 Listen to voice record", description = "The record; the caller's listen is "
            + "logged; 757 unknown.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordRef.class)))
    public JsonObject readRecord() {
        RecordRef r = params.bind(RecordRef.class);
        long caller = callers.userId(r.token());
        return ok().add("record", views.record(caller, records.read(caller, r.recordId()), true)).build();
    }
}
