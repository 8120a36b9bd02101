package com.switchboard.account;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of VOIP-01..12; component names are the wire names, every seeded field required unless noted. */
public final class AccountRequests {
    private AccountRequests() {
    }

    /** VOIP-01. {@code group_id} optional: older clients omit it. */
    public record Login(@NotBlank String acc, @NotBlank String pwd, @NotBlank String device_id,
                        @NotNull JsonObject clidata, String group_id) {
    }

    /** VOIP-02. */
    public record Logout(@NotBlank String uuid, @NotBlank String device_id, @NotNull JsonObject clidata) {
    }

    /** VOIP-03. {@code acc} may stand in for {@code uuid} (a new user has none); {@code phone} only for bind. */
    public record AuthCode(String uuid, String acc, @NotBlank String device_id, @NotBlank String type,
                           String phone, String group_id) {
    }

    /** VOIP-04. */
    public record Register(@NotBlank String uuid, @NotBlank String device_id, @NotBlank String auth_code,
                           @NotBlank @Size(max = 128) String name, @NotBlank String pwd,
                           @NotBlank String group_id) {
    }

    /** VOIP-05. */
    public record SelfRegister(@NotBlank @Size(max = 128) String acc, @NotBlank @Size(max = 128) String name,
                               @NotBlank String pwd, @NotBlank String auth_code, @NotBlank String device_id,
                               @NotBlank String group_id, @NotBlank String crc) {
    }

    /** VOIP-06. {@code uuid} optional, used only when {@code acc} is absent. */
    public record ForgetPwd(String acc, String uuid, @NotBlank String device_id, @NotBlank String auth_code,
                            @NotBlank String pwd, @NotBlank String name, @NotBlank String group_id) {
    }

    /** VOIP-07. */
    public record ModifyPwd(@NotBlank String uuid, @NotBlank String device_id, @NotBlank String old_pwd,
                            @NotBlank String pwd) {
    }

    /** VOIP-08. {@code info} is any JSON value, stored and returned verbatim. */
    public record AddInfo(@NotBlank String uuid, @NotBlank String device_id, @NotNull JsonValue info) {
    }

    /** VOIP-09. */
    public record Bind(@NotBlank String uuid, @NotBlank @Size(max = 64) String phone, @NotBlank String device_id,
                       @NotBlank String auth_code) {
    }

    /** VOIP-10. */
    public record ThirdLogin(@NotBlank String acc, @NotBlank String pwd, @NotBlank String crc,
                             @NotBlank String device_id, @NotNull JsonObject clidata, @NotBlank String group_id) {
    }

    /** VOIP-11. */
    public record ThirdReg(@NotBlank @Size(max = 128) String acc, @NotBlank @Size(max = 128) String name,
                           @NotBlank String pwd, @NotBlank String crc, @NotBlank String device_id,
                           @NotNull JsonObject clidata, @NotBlank String group_id) {
    }

    /** VOIP-12. */
    public record QueryStatus(@NotNull @NotEmpty @Size(max = 500) List<@Valid @NotNull Callee> users) {
    }

    /** One VOIP-12 item: looked up by {@code acc}, else by bound {@code phone}. */
    public record Callee(String acc, String phone) {
    }
}
