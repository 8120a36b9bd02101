package com.switchboard.platform.sms;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link SmsSender} must do: the code reaches the destination exactly as the client gave it, once per
 * send and in order, with the purpose it was asked for. A subclass builds the sender and reads back what the
 * receiving end (the SMS gateway, or the offline outbox) got.
 */
public abstract class SmsSenderContract {
    /** One message as the receiving end saw it. */
    public record Received(String to, String code, String type, String text) {
    }

    protected abstract SmsSender sender();

    protected abstract List<Received> receivedBy(String to);

    @Test
    void theCodeReachesTheDestinationAsGiven() {
        sender().sendAuthCode("+8613800000001", "123456", SmsPurpose.REGISTER);
        List<Received> got = receivedBy("+8613800000001");
        assertEquals(1, got.size());
        assertEquals("123456", got.get(0).code());
        assertEquals("register", got.get(0).type());
        assertTrue(got.get(0).text().contains("123456"), got.get(0).text());
        assertEquals(List.of(), receivedBy("8613800000001"), "no other spelling of the number gets it");
    }

    @Test
    void sendsArriveOnceEachInOrderWithTheirPurpose() {
        sender().sendAuthCode("13800000002", "111111", SmsPurpose.RESETPWD);
        sender().sendAuthCode("13800000002", "222222", SmsPurpose.BIND);
        List<Received> got = receivedBy("13800000002");
        assertEquals(List.of("111111", "222222"), got.stream().map(Received::code).toList());
        assertEquals(List.of("resetpwd", "bind"), got.stream().map(Received::type).toList());
    }
}
