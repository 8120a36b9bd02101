package com.switchboard.heihei.pay;

/**
 * HH-PAY-08's port: whether an Alipay account may receive withdrawals for this person. A real implementation asks
 * Alipay's identity verification (the real name and ID number behind the account, the mobile on it) with the
 * merchant's keys; {@link OfflineAlipayAccountVerifier}, the default, checks what it can without Alipay, the format,
 * and refuses what is malformed. Every implementation passes {@code AlipayAccountVerifierContract}.
 */
public interface AlipayAccountVerifier {
    /** What HH-PAY-08 binds. */
    record Account(String alipaycode, String realName, String idcard, String phone) {
    }

    /** Empty when accepted, else why not (for the log and {@code errormsg}; never the submitted values). */
    java.util.Optional<String> refusal(Account account);
}
