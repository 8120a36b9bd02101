package com.switchboard.signaling;

/** A signaling device (an "endpoint"): the pair (phone, device_id), signaling.md §0. */
public record Device(String phone, String deviceId) {
    /** Phone numbers: digits with an optional leading +, 3 to 20 digits. */
    public static boolean validPhone(String phone) {
        return phone != null && phone.matches("\\+?[0-9]{3,20}");
    }

    /** Device ids: 1 to 64 visible ASCII characters. */
    public static boolean validDeviceId(String deviceId) {
        return deviceId != null && deviceId.matches("[\\x21-\\x7e]{1,64}");
    }

    @Override
    public String toString() {
        return phone + "/" + deviceId;
    }
}
