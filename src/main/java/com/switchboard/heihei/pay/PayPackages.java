package com.switchboard.heihei.pay;

import com.switchboard.platform.binding.Jsons;
import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The operators' recharge packages (OBJ-PACKAGE) and ticket exchange packages (OBJ-P2GPACKAGE). */
@Dependent
public class PayPackages {
    /** OBJ-PACKAGE; money in fen. */
    public record Recharge(int id, String channel, String productId, String desc, int gold, int payMoney,
                           int originMoney) {
        JsonObject json() {
            return Jsons.createObjectBuilder().add("id", id).add("channel", channel).add("productId", productId)
                    .add("desc", desc).add("gold", gold).add("payMoney", payMoney).add("originMoney", originMoney)
                    .build();
        }
    }

    /** OBJ-P2GPACKAGE: {@code point} tickets for {@code gold} diamonds. */
    public record Exchange(int id, String desc, int point, int gold) {
        JsonObject json() {
            return Jsons.createObjectBuilder().add("id", id).add("desc", desc).add("point", point).add("gold", gold)
                    .build();
        }
    }

    private static final String RECHARGE = "SELECT id, channel, product_id, description, gold, pay_money, "
            + "origin_money FROM hh_recharge_package";

    @PersistenceContext
    EntityManager em;

    public List<Recharge> recharge(PayChannel channel) {
        return em.createNativeQuery(RECHARGE + " WHERE channel = ?1 ORDER BY id").setParameter(1, channel.wire())
                .getResultList().stream().map(o -> recharge((Object[]) o)).toList();
    }

    public Optional<Recharge> recharge(int id, PayChannel channel) {
        return em.createNativeQuery(RECHARGE + " WHERE id = ?1 AND channel = ?2").setParameter(1, id)
                .setParameter(2, channel.wire()).getResultList().stream().findFirst()
                .map(o -> recharge((Object[]) o));
    }

    public List<Exchange> exchange() {
        return em.createNativeQuery("SELECT id, description, point, gold FROM hh_p2g_package ORDER BY id")
                .getResultList().stream().map(o -> exchange((Object[]) o)).toList();
    }

    public Optional<Exchange> exchange(int id) {
        return em.createNativeQuery("SELECT id, description, point, gold FROM hh_p2g_package WHERE id = ?1")
                .setParameter(1, id).getResultList().stream().findFirst().map(o -> exchange((Object[]) o));
    }

    private static Recharge recharge(Object[] r) {
        return new Recharge(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue());
    }

    private static Exchange exchange(Object[] r) {
        return new Exchange(((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue());
    }
}
