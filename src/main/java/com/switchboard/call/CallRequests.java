package com.switchboard.call;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Request bodies of VOIP-13..34; component names are the wire names, every seeded field required unless noted. */
public final class CallRequests {
    private CallRequests() {
    }

    /** VOIP-13. {@code type} optional ("p2p"). */
    public record AndroidStart(@NotBlank @Size(max = 128) String user_id, @NotNull @Size(max = 64) String caller_phone,
                               @NotBlank @Size(max = 64) String callee_phone, @NotNull JsonObject sdp,
                               @NotNull @Size(max = 32) String userclass, @NotBlank @Size(max = 128) String dev_id, @Size(max = 32) String type,
                               @NotBlank @Size(max = 128) String acc, @NotNull JsonObject clidata) {
    }

    /** VOIP-18. */
    public record IosStart(@NotBlank @Size(max = 32) String uuid, @NotNull @Size(max = 64) String caller_phone, @NotBlank @Size(max = 64) String phone,
                           @NotNull @Size(max = 32) String userclass, @NotBlank @Size(max = 16384) String sdp, @NotBlank @Size(max = 128) String dev_id, @Size(max = 32) String type,
                           @NotBlank @Size(max = 128) String acc, @NotNull JsonObject clidata) {
    }

    /** VOIP-21. */
    public record WebStart(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 64) String phone, @NotNull @Size(max = 32) String userclass,
                           @NotBlank @Size(max = 16384) String sdp) {
    }

    /** VOIP-14, 19, 20, 22, 23. */
    public record OwnSession(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 64) String session_id) {
    }

    /** VOIP-15, 31, 32. */
    public record Session(@NotBlank @Size(max = 64) String session_id) {
    }

    /** VOIP-16. */
    public record Dtmf(@NotBlank @Size(max = 64) String session_id, @NotBlank @Size(max = 64) String num) {
    }

    /** VOIP-17. */
    public record DtmfWithSeq(@NotBlank @Size(max = 64) String session_id, @NotBlank @Size(max = 64) String num, @NotNull Integer seq) {
    }

    /** VOIP-24. {@code device_id} optional: when sent, it must be logged in to the account. */
    public record History(@NotBlank @Size(max = 32) String uuid, @NotNull @Min(0) Integer start_id,
                          @NotNull @Min(1) @Max(200) Integer num, @Size(max = 128) String device_id) {
    }

    /** VOIP-25, 28, 29. */
    public record Invitation(@NotNull JsonValue opdata) {
    }

    /** VOIP-26. */
    public record AndroidAnswer(@NotNull @Size(max = 64) String caller_phone, @NotNull @Size(max = 64) String callee_phone, @NotNull JsonObject sdp,
                                @NotNull @Size(max = 32) String userclass, @NotNull JsonValue opdata, @NotNull JsonObject clidata) {
    }

    /** VOIP-27. */
    public record IosAnswer(@NotNull @Size(max = 64) String caller_phone, @NotNull @Size(max = 64) String callee_phone, @NotBlank @Size(max = 16384) String sdp,
                            @NotNull @Size(max = 32) String userclass, @NotNull JsonValue opdata, @NotNull JsonObject clidata) {
    }

    /** VOIP-30. */
    public record Callback(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 64) String local,
                           @NotBlank @Size(max = 64) String remote) {
    }
}
