package com.switchboard.platform.sms;

/** Sends an SMS auth code to a phone. The built-in default records it in the offline outbox. */
public interface SmsSender {
    /**
     * @param to      the destination exactly as the client gave it
     * @param code    the auth code
     * @param purpose what the code is for
     */
    void sendAuthCode(String to, String code, SmsPurpose purpose);
}
