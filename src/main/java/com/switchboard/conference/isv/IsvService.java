package com.switchboard.conference.isv;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.ejb.EJBException;

import java.io.StringReader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Applications, organisation accounts, their keys and balances (conference.md §0.4-0.6, CONF-01..03). */
@Stateless
public class IsvService {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The identities and keys an application gets when an operator provisions it. */
    public record Provisioned(String identifer, String keyPermanent, String keyTemp) {
    }

    /** CONF-02's reply data. */
    public record Registered(String identify, String status, String keyPermanent, String keyTemp) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    SpentSignatures spentSignatures;
    @Inject
    IsvSettings settings;

    /** {@code POST /ops/isv/apps}: a new application identity with its permanent and temporary keys. */
    public Provisioned provision(String name) {
        IsvApp app = new IsvApp(newKey(), name, newKey(), newKey(), Instant.now());
        em.persist(app);
        return new Provisioned(app.identifer(), app.keyPermanent(), app.keyTemp());
    }

    /**
     * CONF-01 Get / refresh temporary key: for an application or an organisation account (Proposed, §0.5), signed
     * with that identity's permanent key. The previous temporary key stops working at once.
     */
    public String refreshKeyTemp(String identify, String timestamp, String sign) {
        String fresh = newKey();
        Optional<IsvAccount> account = account(identify);
        if (account.isPresent()) {
            verify(identify, account.get().keyPermanent(), timestamp, sign);
            // A targeted update: balances change concurrently by SQL increments and must not be written back.
            em.createQuery("update IsvAccount a set a.keyTemp = :k where a.id = :id")
                    .setParameter("k", fresh).setParameter("id", account.get().id()).executeUpdate();
            return fresh;
        }
        IsvApp app = app(identify).orElseThrow(() -> new IsvFailure(IsvFailure.ACCOUNT, "unknown account"));
        verify(identify, app.keyPermanent(), timestamp, sign);
        app.keyTemp(fresh);
        return fresh;
    }

    /** CONF-02 Register organisation account, signed with the application's temporary key. */
    public Registered register(String appIdentifer, String companyIdentifer, String authData, String timestamp,
                               String sign, String recordUrl, String statusUrl) {
        IsvApp app = app(appIdentifer).orElseThrow(() -> new IsvFailure(IsvFailure.ACCOUNT, "unknown application"));
        verify(appIdentifer, app.keyTemp(), timestamp, sign);
        checkAuthData(authData);
        String url1 = checkUrl(recordUrl, "record_url");
        String url2 = checkUrl(statusUrl, "status_url");
        Long taken = em.createQuery("select count(a) from IsvAccount a where a.appId = :app "
                        + "and a.companyIdentifer = :c", Long.class)
                .setParameter("app", app.id()).setParameter("c", companyIdentifer).getSingleResult();
        if (taken > 0) {
            throw new IsvFailure(IsvFailure.DUPLICATE, "company_identifer already registered");
        }
        IsvAccount account = new IsvAccount(app.id(), newKey(), companyIdentifer, authData, url1, url2, newKey(),
                newKey(), Instant.now());
        em.persist(account);
        return new Registered(account.identify(), account.status(), account.keyPermanent(), account.keyTemp());
    }

    /** CONF-03 Recharge account: {@code type} 01 adds yuan, 02 minutes; signed with the account's temporary key. */
    public void recharge(String identify, long amount, String type, BigDecimal unitPrice, String abilityType,
                         String timestamp, String sign) {
        IsvAccount account = enabledAccount(identify, timestamp, sign);
        if (!"01".equals(type) && !"02".equals(type)) {
            throw new IsvFailure(IsvFailure.PARAMETER, "type must be 01 (money) or 02 (time)");
        }
        if (!"COMM".equals(abilityType)) {
            throw new IsvFailure(IsvFailure.PARAMETER, "ability_type must be COMM");
        }
        if (amount <= 0 || amount > 100_000_000L) {
            throw new IsvFailure(IsvFailure.PARAMETER, "amount must be a positive integer");
        }
        if (unitPrice.signum() <= 0 || unitPrice.scale() > 4 || unitPrice.precision() - unitPrice.scale() > 8) {
            throw new IsvFailure(IsvFailure.PARAMETER, "unit_price out of range");
        }
        // Increments in SQL: conference charging debits the same row at any moment.
        boolean money = "01".equals(type);
        em.createQuery("update IsvAccount a set a.moneyFen = a.moneyFen + :m, a.minutes = a.minutes + :n, "
                        + "a.unitPrice = :p where a.id = :id")
                .setParameter("m", money ? Math.multiplyExact(amount, 100L) : 0L).setParameter("n", money ? 0L : amount)
                .setParameter("p", unitPrice).setParameter("id", account.id()).executeUpdate();
        em.createNativeQuery("INSERT INTO isv_recharge (account_id, type, amount, unit_price, ability_type, "
                        + "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, account.id()).setParameter(2, type).setParameter(3, amount)
                .setParameter(4, unitPrice).setParameter(5, abilityType).setParameter(6, Instant.now())
                .executeUpdate();
    }

    /** The enabled account a request signed with its temporary key names (CONF-03, CONF-04). */
    public IsvAccount enabledAccount(String identify, String timestamp, String sign) {
        IsvAccount account = account(identify).orElseThrow(() -> new IsvFailure(IsvFailure.ACCOUNT,
                "unknown account"));
        verify(identify, account.keyTemp(), timestamp, sign);
        if (!account.enabled()) {
            throw new IsvFailure(IsvFailure.ACCOUNT, "account disabled");
        }
        return account;
    }

    public Optional<IsvAccount> account(String identify) {
        return first(em.createQuery("select a from IsvAccount a where a.identify = :i", IsvAccount.class)
                .setParameter("i", identify).getResultList());
    }

    /** Drops used signatures whose timestamps have left the window. */
    public int forgetExpiredSignatures() {
        return em.createNativeQuery("DELETE FROM isv_signature WHERE expires_at < ?1")
                .setParameter(1, Instant.now()).executeUpdate();
    }

    /**
     * §0.6: the signature over the literal timestamp, the timestamp within the window, and the signature not used
     * before while it could still be valid (replay). All failures are {@code "1"}.
     */
    void verify(String identity, String key, String timestamp, String sign) {
        Instant now = Instant.now();
        Duration window = settings.timestampWindow();
        Instant stamped = IsvSignature.parse(timestamp, settings.zone());
        if (stamped == null) {
            throw new IsvFailure(IsvFailure.SIGNATURE, "timestamp is neither yyyyMMddHHmmss nor epoch milliseconds");
        }
        if (!IsvSignature.fresh(stamped, now, window)) {
            throw new IsvFailure(IsvFailure.SIGNATURE, "timestamp outside the allowed window");
        }
        if (!IsvSignature.matches(identity, key, timestamp.trim(), sign)) {
            throw new IsvFailure(IsvFailure.SIGNATURE, "signature invalid");
        }
        String normalized = sign.trim().toLowerCase(Locale.ROOT);
        boolean fresh;
        try {
            fresh = spentSignatures.spend(identity, normalized, stamped.plus(window));
        } catch (EJBException | PersistenceException racedReplay) {
            fresh = false; // the same signature sent twice at once: the second insert hits the primary key
        }
        if (!fresh) {
            throw new IsvFailure(IsvFailure.SIGNATURE, "signature already used");
        }
    }

    private Optional<IsvApp> app(String identifer) {
        return first(em.createQuery("select a from IsvApp a where a.identifer = :i", IsvApp.class)
                .setParameter("i", identifer).getResultList());
    }

    /** authData: a JSON object with name, telephone, linker (and optionally email), within the seed's lengths. */
    private static void checkAuthData(String authData) {
        JsonObject o;
        try {
            o = com.switchboard.platform.binding.JsonText.read(authData).asJsonObject();
        } catch (JsonException | ClassCastException e) {
            throw new IsvFailure(IsvFailure.PARAMETER, "authData is not a JSON object");
        }
        requireText(o, "name", 200, true);
        requireText(o, "telephone", 20, true);
        requireText(o, "linker", 10, true);
        requireText(o, "email", 100, false);
    }

    private static void requireText(JsonObject o, String field, int max, boolean required) {
        if (!o.containsKey(field) || o.isNull(field)) {
            if (required) {
                throw new IsvFailure(IsvFailure.PARAMETER, "authData." + field + " is required");
            }
            return;
        }
        if (!(o.get(field) instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > max) {
            throw new IsvFailure(IsvFailure.PARAMETER, "authData." + field + " must be text of at most " + max);
        }
    }

    /** An empty URL means no callbacks (Proposed); otherwise http(s) only, loopback allowed. */
    private static String checkUrl(String url, String field) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.trim();
        try {
            java.net.URI uri = java.net.URI.create(u);
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IsvFailure(IsvFailure.PARAMETER, field + " must be an http(s) URL");
        }
        return u;
    }

    private static String newKey() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().withUpperCase().formatHex(b);
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
