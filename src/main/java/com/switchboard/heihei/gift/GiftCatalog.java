package com.switchboard.heihei.gift;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The gift catalogue and animation packages (HH-GIFT-01/03) as operators keep them in {@code hh_gift*}. */
@Dependent
public class GiftCatalog {
    /** OBJ-GIFTRES, with whether its gift is retired. */
    /** {@code id} is the gift's id. */
    public record Resource(int id, String attrFile, String fileMd5, boolean retired) {
    }

    private static final String COLUMNS = "SELECT id, name, gold, exp, color, image, icon, type, description "
            + "FROM hh_gift";

    @PersistenceContext
    EntityManager em;

    /** Gifts on sale, in the operators' order. */
    public List<Gift> onSale() {
        List<Gift> out = new ArrayList<>();
        for (Object o : em.createNativeQuery(COLUMNS + " WHERE retired = FALSE ORDER BY sort_order, id")
                .getResultList()) {
            out.add(gift((Object[]) o));
        }
        return out;
    }

    /** A gift on sale. */
    public Optional<Gift> onSale(int id) {
        return em.createNativeQuery(COLUMNS + " WHERE id = ?1 AND retired = FALSE").setParameter(1, id)
                .getResultList().stream().findFirst().map(o -> gift((Object[]) o));
    }

    /** Animation packages, of the given gifts only when {@code giftIds} is not null. */
    public List<Resource> resources(Collection<Integer> giftIds) {
        List<Resource> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT r.id, r.attr_file, r.file_md5, g.retired, g.id FROM "
                + "hh_gift_resource r JOIN hh_gift g ON g.id = r.gift_id ORDER BY g.id, r.id").getResultList()) {
            Object[] r = (Object[]) o;
            if (giftIds == null || giftIds.contains(((Number) r[4]).intValue())) {
                // The client maps an animation package to its gift by this id (and filters by it with giftIds).
                out.add(new Resource(((Number) r[4]).intValue(), (String) r[1], (String) r[2],
                        Boolean.TRUE.equals(r[3])));
            }
        }
        return out;
    }

    private static Gift gift(Object[] r) {
        return new Gift(((Number) r[0]).intValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).intValue(),
                (String) r[8]);
    }
}
