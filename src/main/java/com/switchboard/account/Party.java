package com.switchboard.account;

/**
 * A user as other features (calls, push) see them.
 *
 * @param realPhone the phone a call to this user can be diverted to: the bound phone, else the account when it is a
 *                  phone number (self-registered accounts are)
 * @param activeOsType {@code os_type} of the active device's login, null when no device is logged in
 */
public record Party(Long id, String account, String groupId, String realPhone, boolean activated,
                    String activeDeviceId, String activeOsType) {
    static Party of(LworkUser u, String activeOsType) {
        String real = u.phone() != null && !u.phone().isBlank() ? u.phone()
                : u.account().matches("\\+?[0-9]{3,32}") ? u.account() : null;
        return new Party(u.id(), u.account(), u.groupId(), real, u.activated(), u.activeDeviceId(), activeOsType);
    }

    public boolean online() {
        return activeDeviceId != null;
    }
}
