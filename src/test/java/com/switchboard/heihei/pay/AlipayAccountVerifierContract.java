package com.switchboard.heihei.pay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link AlipayAccountVerifier} must refuse, and the well-formed account it must not refuse for form. */
public abstract class AlipayAccountVerifierContract {
    /** A valid PRC ID number (GB 11643 example: check character X). */
    public static final String ID = "11010519491231002X";

    protected abstract AlipayAccountVerifier verifier();

    private boolean refused(String code, String name, String id, String phone) {
        return verifier().refusal(new AlipayAccountVerifier.Account(code, name, id, phone)).isPresent();
    }

    @Test
    void aWellFormedAccountIsNotRefusedForItsForm() {
        assertTrue(!refused("13800138000", "张三", ID, "13800138000"));
        assertTrue(!refused("zhang.san@example.com", "张三", ID, "13800138000"));
    }

    @Test
    void malformedAccountsAreRefused() {
        assertTrue(refused("", "张三", ID, "13800138000"), "empty account");
        assertTrue(refused("not an account", "张三", ID, "13800138000"), "account");
        assertTrue(refused("13800138000", "1", ID, "13800138000"), "name");
        assertTrue(refused("13800138000", "张三", "110105194912310021", "13800138000"), "check character");
        assertTrue(refused("13800138000", "张三", "11010519491331002X", "13800138000"), "birth month 13");
        assertTrue(refused("13800138000", "张三", "1101051949123100", "13800138000"), "16 characters");
        assertTrue(refused("13800138000", "张三", ID, "1380013800"), "10-digit phone");
        assertTrue(refused("13800138000", "张三", ID, "23800138000"), "not a mobile");
    }
}
