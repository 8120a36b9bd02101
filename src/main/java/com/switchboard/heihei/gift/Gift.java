package com.switchboard.heihei.gift;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** OBJ-GIFT: a row of the operators' catalogue ({@code hh_gift}); {@code cl} is stored as "r,g,b". */
public record Gift(int id, String name, int gold, int exp, String color, String image, String icon, int type,
                   String desc) {

    /** OBJ-GIFT as HH-GIFT-01 lists it. */
    JsonObject json() {
        JsonArrayBuilder cl = Jsons.createArrayBuilder();
        for (String c : color.split(",")) {
            cl.add(Integer.parseInt(c.strip()));
        }
        return Jsons.createObjectBuilder().add("id", id).add("name", name).add("gold", gold).add("exp", exp)
                .add("cl", cl).add("image", image).add("icon", icon).add("type", type).build();
    }

    /** The v1.4.0 {@code gift} object of HH-RT-03. */
    JsonObject inMessage() {
        return Jsons.createObjectBuilder().add("id", id).add("name", name).add("type", type).add("desc", desc).build();
    }
}
