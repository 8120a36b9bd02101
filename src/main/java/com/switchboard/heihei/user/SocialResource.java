package com.switchboard.heihei.user;

import com.switchboard.heihei.user.UserRequests.ListOf;
import com.switchboard.heihei.user.UserRequests.Search;
import com.switchboard.heihei.user.UserRequests.Target;
import com.switchboard.platform.binding.RequestParams;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static com.switchboard.platform.wire.HeiheiDialect.ok;
import static com.switchboard.platform.wire.HeiheiDialect.success;

/** heihei social graph (heihei.md §3): follow, block, lists, report, search. */
@Path("api")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "heihei social graph", description = "heihei.md §3, HH-USER-09..16, 19")
public class SocialResource {
    @Inject
    RequestParams params;
    @Inject
    HeiheiCallers callers;
    @Inject
    SocialService social;
    @Inject
    ProfileService profiles;
    @Inject
    Reports reports;

    /** HH-USER-09 Follow a user. */
    @POST
    @Path("user/follow")
    @Operation(summary = "HH-USER-09 Follow a user", description = "Idempotent; 710 unknown user.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Target.class)))
    public JsonObject follow() {
        Target r = params.bind(Target.class);
        social.follow(callers.userId(r.token()), r.target());
        return success();
    }

    /** HH-USER-10 Unfollow a user. */
    @POST
    @Path("user/unfollow")
    @Operation(summary = "HH-USER-10 Unfollow a user")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Target.class)))
    public JsonObject unfollow() {
        Target r = params.bind(Target.class);
        social.unfollow(callers.userId(r.token()), r.target());
        return success();
    }

    /** HH-USER-11 Block a user. */
    @POST
    @Path("user/block-user")
    @Operation(summary = "HH-USER-11 Block a user", description = "The blocked user then gets 736 on this user's profile and 737 in their lives.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Target.class)))
    public JsonObject block() {
        Target r = params.bind(Target.class);
        social.block(callers.userId(r.token()), r.target());
        return success();
    }

    /** HH-USER-12 Unblock a user. */
    @POST
    @Path("user/unblock-user")
    @Operation(summary = "HH-USER-12 Unblock a user", description = "targetId as documented; userId accepted as its alias.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Target.class)))
    public JsonObject unblock() {
        Target r = params.bind(Target.class);
        social.unblock(callers.userId(r.token()), r.target());
        return success();
    }

    /** HH-USER-13 List followers (fans). */
    @POST
    @Path("user/list-follower")
    @Operation(summary = "HH-USER-13 List followers (fans)", description = "offset default 0, limit default 10, at most 20.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListOf.class)))
    public JsonObject followers() {
        ListOf r = params.bind(ListOf.class);
        long caller = callers.userId(r.token());
        return page(social.followers(owner(r), r.from(), r.size()), viewer(r, caller));
    }

    /** HH-USER-14 List following. */
    @POST
    @Path("user/list-following")
    @Operation(summary = "HH-USER-14 List following", description = "offset default 0, limit default 10, at most 20.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListOf.class)))
    public JsonObject following() {
        ListOf r = params.bind(ListOf.class);
        long caller = callers.userId(r.token());
        return page(social.following(owner(r), r.from(), r.size()), viewer(r, caller));
    }

    /** HH-USER-15 List blocked users. */
    @POST
    @Path("user/list-blocked-user")
    @Operation(summary = "HH-USER-15 List blocked users")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListOf.class)))
    public JsonObject blocked() {
        ListOf r = params.bind(ListOf.class);
        long caller = callers.userId(r.token());
        return page(social.blocked(caller, r.from(), r.size()), caller);
    }

    /** HH-USER-16 Report a user. */
    @POST
    @Path("user/report-user")
    @Operation(summary = "HH-USER-16 Report a user", description = "Also served at /api/usr/report-user (the section's spelling). reportType 1..4; 710 unknown user.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Target.class)))
    public JsonObject report() {
        Target r = params.bind(Target.class);
        reports.report(callers.userId(r.token()), r.target(), r.reportType());
        return ok().add("reportmsg", "举报成功!").build();
    }

    /** HH-USER-16 Report a user, at the section's path. */
    @POST
    @Path("usr/report-user")
    @Operation(summary = "HH-USER-16 Report a user (section path)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Target.class)))
    public JsonObject reportAlias() {
        return report();
    }

    /** HH-USER-19 Search users. */
    @POST
    @Path("user/search")
    @Operation(summary = "HH-USER-19 Search users", description = "By heiNum (exact) or nickname; at most 20, no paging. /api/user/usearch is an alias.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Search.class)))
    public JsonObject search() {
        Search r = params.bind(Search.class);
        long caller = callers.userId(r.token());
        return ok().add("users", UserJson.rows(profiles.search(caller, r.queryParameter()), false)).build();
    }

    /** HH-USER-19 Search users, at init's {@code usearch} path (HH-UNDOC-05). */
    @POST
    @Path("user/usearch")
    @Operation(summary = "HH-USER-19 Search users (usearch alias)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Search.class)))
    public JsonObject usearch() {
        return search();
    }

    private JsonObject page(SocialService.Page page, long viewer) {
        return ok().add("totalSize", page.totalSize())
                .add("result", UserJson.rows(profiles.rows(page.users(), viewer), true)).build();
    }

    private static long owner(ListOf r) {
        if (r.userId() == null) {
            throw HeiheiFailure.badParam("userId");
        }
        return r.userId();
    }

    private static long viewer(ListOf r, long caller) {
        return r.curUserId() != null ? r.curUserId() : caller;
    }
}
