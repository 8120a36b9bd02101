package com.switchboard.heihei.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** HH-USER-01..19 parameters (heihei.md §3), merged from query, form and JSON. */
public final class UserRequests {
    private UserRequests() {
    }

    /** Every token-bearing request. */
    public record Token(@Size(max = 128) String token) {
    }

    public record SmsCode(@NotBlank @Size(max = 32) String phoneNo) {
    }

    public record PhoneSignIn(@NotBlank @Size(max = 32) String phoneNo, @NotBlank @Size(max = 16) String verifyCode) {
    }

    public record ThirdSignIn(@NotBlank @Size(max = 16) String accountSource,
                              @NotBlank @Size(max = 512) String accountToken, @Size(max = 64) String openId,
                              @Size(max = 64) String unionId) {
    }

    public record Update(@Size(max = 128) String token, @NotNull @Size(max = 200) String displayName,
                         @NotBlank @Size(max = 16) String gender, @NotBlank @Size(max = 10) String birthDay,
                         @Size(max = 128) String address, @Size(max = 64) String latlng,
                         @Size(max = 512) String description) {
    }

    public record Info(@Size(max = 128) String token, @NotNull Long uid, Long cuid, Long liveId) {
    }

    public record Switch(@Size(max = 128) String token, @NotBlank @Size(max = 1) String push_enable) {
    }

    /** Follow, unfollow, block, report: {@code userId}; unblock's {@code targetId} is accepted as its alias. */
    public record Target(@Size(max = 128) String token, Long userId, Long targetId, Long liveId, Integer reportType) {
        public long target() {
            Long t = targetId != null ? targetId : userId;
            if (t == null) {
                throw com.switchboard.platform.wire.HeiheiFailure.badParam("userId");
            }
            return t;
        }
    }

    public record ListOf(@Size(max = 128) String token, Long userId, Integer offset, Integer limit, Long curUserId) {
        public int from() {
            return offset == null ? 0 : offset;
        }

        public int size() {
            return limit == null ? 10 : limit;
        }
    }

    public record BindPhone(@Size(max = 128) String token, @NotBlank @Size(max = 32) String phone,
                            @NotBlank @Size(max = 16) String verifyCode) {
    }

    public record PushDevice(@Size(max = 128) String token, @NotBlank @Size(max = 128) String uuid,
                             @NotBlank @Size(max = 16) String apnsType, @NotBlank @Size(max = 256) String apnsToken,
                             @Size(max = 16) String deveiceType, @Size(max = 16) String deviceType) {
    }

    public record Search(@Size(max = 128) String token, @NotNull @Size(max = 64) String queryParameter) {
    }
}
