package com.switchboard.platform.pay;

import java.util.List;

/**
 * The port to Apple's receipt validation (VOIP-57). {@link AppleVerifyReceiptClient} speaks Apple's verifyReceipt
 * protocol; {@link OfflineAppleReceipts}, the default when no endpoint is configured, verifies nothing (a receipt it
 * cannot check never pays). Both pass {@code AppleReceiptsContract}.
 */
public interface AppleReceipts {
    /** One purchase in a receipt. */
    record Purchase(String productId, String transactionId) {
    }

    /** A receipt Apple accepted (status 0): its app and purchases. */
    record Receipt(String bundleId, List<Purchase> purchases) {
    }

    /** The receipt as Apple validated it; empty when Apple rejected it or it could not be checked. */
    java.util.Optional<Receipt> verify(String receiptBase64);
}
