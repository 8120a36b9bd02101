package com.switchboard.heihei.gift;

import com.switchboard.heihei.user.HeiheiCallers;
import com.switchboard.platform.binding.Jsons;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

import java.util.LinkedHashSet;
import java.util.Set;

import static com.switchboard.platform.wire.HeiheiDialect.ok;

/** HH-GIFT-03, at {@code api/social/gift-resources}. */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei gifts")
public class GiftResourcesResource {
    /** {@code giftIds}: comma-separated gift ids; absent means every gift. */
    public record Query(@Size(max = 128) String token, @Size(max = 1024) String giftIds) {
    }

    private static final int MAX_IDS = 100;

    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    GiftCatalog catalog;

    /** HH-GIFT-03 Gift resource download list. */
    @POST
    @Path("social/gift-resources")
    @Operation(summary = "HH-GIFT-03 Gift resource download list", description = "resources = packages of gifts on "
            + "sale; historyGiftRes = packages of retired gifts old messages still show; file_md5 null = unchecked. "
            + "giftIds (comma-separated) filters both.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Query.class)))
    public JsonObject giftResources() {
        Query r = params.bind(Query.class);
        callers.userId(r.token());
        Set<Integer> ids = r.giftIds() == null || r.giftIds().isBlank() ? null : ids(r.giftIds());
        JsonArrayBuilder current = Jsons.createArrayBuilder();
        JsonArrayBuilder history = Jsons.createArrayBuilder();
        for (GiftCatalog.Resource res : catalog.resources(ids)) {
            JsonObjectBuilder row = Jsons.createObjectBuilder().add("id", res.id()).add("attr_file", res.attrFile());
            if (res.fileMd5() == null) {
                row.addNull("file_md5");
            } else {
                row.add("file_md5", res.fileMd5());
            }
            (res.retired() ? history : current).add(row);
        }
        return ok().add("resources", current).add("historyGiftRes", history).build();
    }

    private static Set<Integer> ids(String text) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw HeiheiFailure.badParam("giftIds must be comma-separated gift ids");
            }
            if (out.size() > MAX_IDS) {
                throw HeiheiFailure.badParam("at most " + MAX_IDS + " giftIds");
            }
        }
        return out;
    }
}
