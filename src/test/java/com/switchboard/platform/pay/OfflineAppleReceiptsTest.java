package com.switchboard.platform.pay;

class OfflineAppleReceiptsTest extends AppleReceiptsContract {
    @Override
    AppleReceipts receipts() {
        return new OfflineAppleReceipts();
    }
}
