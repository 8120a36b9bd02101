package com.switchboard.heihei.pay;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** HH-PAY-01..10 parameters (heihei.md §10), merged from query, form and JSON. */
public final class PayRequests {
    private PayRequests() {
    }

    public record Channel(@Size(max = 128) String token, @NotBlank @Size(max = 16) String channel) {
    }

    public record CreateOrder(@Size(max = 128) String token, @NotNull Integer packageId,
                              @NotBlank @Size(max = 16) String channel) {
    }

    /** {@code data}: the SDK's raw result; an IAP receipt is Base64 of up to a few hundred KB. */
    public record OrderNotify(@Size(max = 128) String token, @NotBlank @Size(max = 32) String order,
                              @NotBlank @Size(max = 8) String status, @Size(max = 400_000) String data) {
    }

    public record Package(@Size(max = 128) String token, @NotNull Integer packageId) {
    }

    /** Lengths are the columns' ({@code hh_alipay_account}). */
    public record VerifyAlipay(@Size(max = 128) String token, @NotBlank @Size(max = 100) String alipaycode,
                               @NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 18) String idcard,
                               @NotBlank @Size(max = 11) String phone) {
    }

    /** {@code payamount} in fen, at most a million yuan per request. */
    public record PayReq(@Size(max = 128) String token, @NotBlank @Size(max = 100) String alipaycode,
                         @NotNull @Positive @Max(100_000_000) Long payamount) {
    }
}
