package com.switchboard.platform.pay;

import java.util.Optional;

/** No Apple endpoint configured: nothing can be verified, so no receipt pays. */
public final class OfflineAppleReceipts implements AppleReceipts {
    @Override
    public Optional<Receipt> verify(String receiptBase64) {
        return Optional.empty();
    }
}
