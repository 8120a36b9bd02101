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
    public record Login(@NotBlank @Size(max = 128) String acc, @NotBlank @Size(max = 128) String pwd, @NotBlank @Size(max = 128) String device_id,
                        @NotNull JsonObject clidata, @Size(max = 64) String group_id) {
    }

    /** VOIP-02. */
    public record Logout(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id, @NotNull JsonObject clidata) {
    }

    /** VOIP-03. {@code acc} may stand in for {@code uuid} (a new user has none); {@code phone} only for bind. */
    public record AuthCode(@Size(max = 32) String uuid, @Size(max = 128) String acc, @NotBlank @Size(max = 128) String device_id, @NotBlank @Size(max = 32) String type,
                           @Size(max = 64) String phone, @Size(max = 64) String group_id) {
    }

    /** VOIP-04. */
    public record Register(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id, @NotBlank @Size(max = 16) String auth_code,
                           @NotBlank @Size(max = 128) String name, @NotBlank @Size(max = 128) String pwd,
                           @NotBlank @Size(max = 64) String group_id) {
    }

    /** VOIP-05. */
    public record SelfRegister(@NotBlank @Size(max = 128) String acc, @NotBlank @Size(max = 128) String name,
                               @NotBlank @Size(max = 128) String pwd, @NotBlank @Size(max = 16) String auth_code, @NotBlank @Size(max = 128) String device_id,
                               @NotBlank @Size(max = 64) String group_id, @NotBlank @Size(max = 64) String crc) {
    }

    /** VOIP-06. {@code uuid} optional, used only when {@code acc} is absent. */
    public record ForgetPwd(@Size(max = 128) String acc, @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id, @NotBlank @Size(max = 16) String auth_code,
                            @NotBlank @Size(max = 128) String pwd, @NotBlank @Size(max = 128) String name, @NotBlank @Size(max = 64) String group_id) {
    }

    /** VOIP-07. */
    public record ModifyPwd(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id, @NotBlank @Size(max = 128) String old_pwd,
                            @NotBlank @Size(max = 128) String pwd) {
    }

    /** VOIP-08. {@code info} is any JSON value, stored and returned verbatim. */
    public record AddInfo(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 128) String device_id, @NotNull JsonValue info) {
    }

    /** VOIP-09. */
    public record Bind(@NotBlank @Size(max = 32) String uuid, @NotBlank @Size(max = 64) String phone, @NotBlank @Size(max = 128) String device_id,
                       @NotBlank @Size(max = 16) String auth_code) {
    }

    /** VOIP-10. {@code access_token}: the client's QQ Connect token (ours, optional; required when QQ is configured). */
    public record ThirdLogin(@NotBlank @Size(max = 128) String acc, @NotBlank @Size(max = 128) String pwd, @NotBlank @Size(max = 64) String crc,
                             @NotBlank @Size(max = 128) String device_id, @NotNull JsonObject clidata, @NotBlank @Size(max = 64) String group_id,
                             @Size(max = 512) String access_token) {
    }

    /** VOIP-11. {@code access_token} as VOIP-10. */
    public record ThirdReg(@NotBlank @Size(max = 128) String acc, @NotBlank @Size(max = 128) String name,
                           @NotBlank @Size(max = 128) String pwd, @NotBlank @Size(max = 64) String crc, @NotBlank @Size(max = 128) String device_id,
                           @NotNull JsonObject clidata, @NotBlank @Size(max = 64) String group_id,
                             @Size(max = 512) String access_token) {
    }

    /** VOIP-12. */
    public record QueryStatus(@NotNull @NotEmpty @Size(max = 500) List<@Valid @NotNull Callee> users) {
    }

    /** One VOIP-12 item: looked up by {@code acc}, else by bound {@code phone}. */
    public record Callee(@Size(max = 128) String acc, @Size(max = 64) String phone) {
    }
}
