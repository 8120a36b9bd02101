package com.switchboard.platform.pay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link AppleReceipts} must do: never accept what Apple did not accept. */
abstract class AppleReceiptsContract {
    abstract AppleReceipts receipts();

    @Test
    void aReceiptAppleNeverIssuedIsRejected() {
        assertTrue(receipts().verify("bm90IGEgcmVjZWlwdA==").isEmpty());
    }

    @Test
    void noReceiptIsRejected() {
        assertTrue(receipts().verify("").isEmpty());
        assertTrue(receipts().verify(null).isEmpty());
    }
}
