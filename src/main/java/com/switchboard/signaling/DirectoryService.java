package com.switchboard.signaling;

import com.switchboard.platform.metrics.Meters;
import com.switchboard.platform.limit.RateLimits;
import com.switchboard.platform.wire.SignalingDialect.Code;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The signaling device registry and contact lists (SIG-01, SIG-02). Operators fill them through
 * {@code /ops/signaling}; devices log in and read their contacts.
 */
@Stateless
public class DirectoryService {
    @Inject
    Meters meters;
    @PersistenceContext
    EntityManager em;
    @Inject
    SignalingTokens tokens;
    @Inject
    RateLimits limits;

    /**
     * SIG-01 Device login: format first (bad device_id → 5, bad phone → 3), then the registry (unknown phone → 3,
     * unknown device of a known phone → 5).
     */
    public String login(String phone, String deviceId, String ip) {
        if (!Device.validDeviceId(deviceId)) {
            throw new SignalingFailure(Code.ERROR_CODE_DEVICE_INVALID, "device_id is missing or malformed");
        }
        if (!Device.validPhone(phone)) {
            throw new SignalingFailure(Code.ERROR_CODE_PHONE_INVALID, "phone is missing or malformed");
        }
        // a device id is the only secret of SIG-01: guessing it is slowed down per phone and per address
        List<String> keys = java.util.Arrays.asList("sig:phone:" + phone, limits.addressKey("sig", ip));
        for (String key : keys) {
            if (limits.waitBeforeAttempt(key).isPresent()) {
                throw new SignalingFailure(Code.ERROR_CODE_DATA_INVALID, "too many failed attempts, try later");
            }
        }
        Device device = new Device(phone, deviceId);
        Optional<Long> registration = registration(device);
        if (registration.isEmpty()) {
            keys.forEach(limits::failedAttempt);
            meters.countNow("login_failures", "Failed sign-ins: wrong password, token or SMS code", "app", "signaling");
            throw phoneKnown(phone)
                    ? new SignalingFailure(Code.ERROR_CODE_DEVICE_INVALID, "device not registered for this phone")
                    : new SignalingFailure(Code.ERROR_CODE_PHONE_INVALID, "phone not registered");
        }
        limits.succeeded(keys.get(0));
        return tokens.issue(device, registration.get(), ip);
    }

    /** SIG-02 Get contacts: the token must be valid and name the phone asked about. */
    public List<Device> contacts(String phone, String token) {
        Device holder = authenticate(token)
                .orElseThrow(() -> new SignalingFailure(Code.ERROR_CODE_TOKEN_INVALID, "token invalid or expired"));
        if (!holder.phone().equals(phone)) {
            throw new SignalingFailure(Code.ERROR_CODE_TOKEN_INVALID, "token does not belong to this phone");
        }
        return contactsOf(phone);
    }

    /** The device a token was issued to, if the token is valid and that registration still exists. */
    public Optional<Device> authenticate(String token) {
        return tokens.verify(token)
                .filter(c -> registration(c.device()).filter(r -> r == c.registration()).isPresent())
                .map(TokenCodec.Claims::device);
    }

    public List<Device> contactsOf(String phone) {
        return em.createQuery("SELECT c FROM SignalingContact c WHERE c.ownerPhone = :p ORDER BY c.position",
                        SignalingContact.class).setParameter("p", phone).getResultStream()
                .map(SignalingContact::device).toList();
    }

    public boolean isContact(String owner, Device contact) {
        return contactsOf(owner).contains(contact);
    }

    /** Registers a device; registering it again changes nothing. @return whether it was new */
    public boolean register(Device device) {
        if (registration(device).isPresent()) {
            return false;
        }
        em.persist(new SignalingDevice(device.phone(), device.deviceId(), Instant.now()));
        return true;
    }

    /** Removes a device; its tokens stop working at once. @return whether it existed */
    public boolean remove(Device device) {
        return em.createQuery("DELETE FROM SignalingDevice d WHERE d.phone = :p AND d.deviceId = :d")
                .setParameter("p", device.phone()).setParameter("d", device.deviceId()).executeUpdate() > 0;
    }

    /** Replaces a phone's contact list. */
    public void replaceContacts(String owner, List<Device> contacts) {
        em.createQuery("DELETE FROM SignalingContact c WHERE c.ownerPhone = :p").setParameter("p", owner)
                .executeUpdate();
        for (int i = 0; i < contacts.size(); i++) {
            em.persist(new SignalingContact(owner, i, contacts.get(i)));
        }
    }

    private Optional<Long> registration(Device device) {
        return em.createQuery("SELECT d.id FROM SignalingDevice d WHERE d.phone = :p AND d.deviceId = :d", Long.class)
                .setParameter("p", device.phone()).setParameter("d", device.deviceId())
                .getResultStream().findFirst();
    }

    private boolean phoneKnown(String phone) {
        return !em.createQuery("SELECT d.id FROM SignalingDevice d WHERE d.phone = :p", Long.class)
                .setParameter("p", phone).setMaxResults(1).getResultList().isEmpty();
    }
}
