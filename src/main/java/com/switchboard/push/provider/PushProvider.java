package com.switchboard.push.provider;

/**
 * A device push service (APNs, Baidu, Getui, or the offline default that records into the ops outbox). Sends one
 * notification and classifies the answer; retry scheduling belongs to the caller.
 */
public interface PushProvider {
    PushResult send(PushNotification notification);
}
