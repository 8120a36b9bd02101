package com.switchboard.heihei.upload;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static com.switchboard.platform.wire.HeiheiDialect.ok;

/** HH-UPLOAD-01, at {@code api/sys/oss-token}. */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei upload", description = "heihei.md §6")
public class UploadResource {
    private static final DateTimeFormatter EXPIRATION = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    public record OssToken(@Size(max = 128) String token, @NotBlank @Size(max = 8) String format,
                           @NotBlank @Size(max = 8) String module) {
    }

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    UploadSigns signs;

    /** HH-UPLOAD-01 Get OSS upload token. */
    @POST
    @Path("sys/oss-token")
    @Operation(summary = "HH-UPLOAD-01 Get OSS upload token", description = "format mp3|png|jpeg|jepg|jpg, module "
            + "record|message|avatar (else 700). Credentials that may put FileInfo.path only, until Expiration; the "
            + "sign is used once by the endpoint the file is for (102 otherwise).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OssToken.class)))
    public JsonObject ossToken() {
        OssToken r = params.bind(OssToken.class);
        UploadSigns.Issued issued = signs.issue(callers.userId(r.token()), r.format(), r.module());
        ObjectStore.Grant g = issued.credentials();
        return ok().add("Credentials", Jsons.createObjectBuilder().add("AccessKeyId", g.accessKeyId())
                        .add("AccessKeySecret", g.accessKeySecret()).add("SecurityToken", g.securityToken())
                        .add("Expiration", EXPIRATION.format(g.expiration())))
                .add("FileInfo", Jsons.createObjectBuilder().add("fileName", issued.fileName())
                        .add("path", issued.path()).add("sign", issued.sign()))
                .build();
    }
}
