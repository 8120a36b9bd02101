package com.switchboard.billing.pay;

class OfflineAppleReceiptsTest extends AppleReceiptsContract {
    @Override
    AppleReceipts receipts() {
        return new OfflineAppleReceipts();
    }
}
