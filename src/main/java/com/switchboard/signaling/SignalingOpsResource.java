package com.switchboard.signaling;

import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.wire.ErrorKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

/** Operators provision the signaling device registry and contact lists (ops token required). */
@Path("ops/signaling")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ops: signaling", description = "Device registry and contact lists behind SIG-01/02")
public class SignalingOpsResource {
    @Inject
    DirectoryService directory;

    @POST
    @Path("devices")
    @Operation(summary = "Register a device {\"phone\",\"device_id\"} (idempotent); only registered devices may log in")
    public JsonObject registerDevice(JsonObject body) {
        Device device = device(body);
        boolean created = directory.register(device);
        return Jsons.createObjectBuilder().add("phone", device.phone()).add("device_id", device.deviceId())
                .add("created", created).build();
    }

    @DELETE
    @Path("devices")
    @Operation(summary = "Remove a device; its tokens stop working")
    public JsonObject removeDevice(@QueryParam("phone") String phone, @QueryParam("device_id") String deviceId) {
        Device device = checked(phone, deviceId);
        if (!directory.remove(device)) {
            throw ApiFailure.of(ErrorKind.NOT_FOUND, "no such device");
        }
        return Jsons.createObjectBuilder().add("removed", true).build();
    }

    @PUT
    @Path("contacts")
    @Operation(summary = "Replace a phone's contact list: {\"phone\",\"contacts\":[{\"phone\",\"device_id\"}]}")
    public JsonObject replaceContacts(JsonObject body) {
        String owner = text(body, "phone");
        if (!Device.validPhone(owner)) {
            throw ApiFailure.invalidParams("phone is missing or malformed");
        }
        JsonValue list = body == null ? null : body.get("contacts");
        if (!(list instanceof JsonArray array)) {
            throw ApiFailure.invalidParams("contacts must be an array");
        }
        List<Device> contacts = new ArrayList<>();
        for (JsonValue entry : array) {
            if (!(entry instanceof JsonObject o)) {
                throw ApiFailure.invalidParams("each contact is an object {\"phone\",\"device_id\"}");
            }
            contacts.add(device(o));
        }
        directory.replaceContacts(owner, contacts);
        return Jsons.createObjectBuilder().add("phone", owner).add("contacts", contacts.size()).build();
    }

    private static Device device(JsonObject body) {
        return checked(text(body, "phone"), text(body, "device_id"));
    }

    private static Device checked(String phone, String deviceId) {
        if (!Device.validPhone(phone)) {
            throw ApiFailure.invalidParams("phone is missing or malformed");
        }
        if (!Device.validDeviceId(deviceId)) {
            throw ApiFailure.invalidParams("device_id is missing or malformed");
        }
        return new Device(phone, deviceId);
    }

    private static String text(JsonObject body, String name) {
        return body != null && body.get(name) instanceof JsonString s ? s.getString() : null;
    }
}
