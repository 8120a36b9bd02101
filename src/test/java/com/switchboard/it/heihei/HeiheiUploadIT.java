package com.switchboard.it.heihei;

import com.switchboard.heihei.upload.FakeAliyun;
import com.switchboard.heihei.upload.ObjectStore;
import com.switchboard.heihei.upload.OssClient;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HH-UPLOAD-01 through the real Aliyun client to a local STS + OSS that checks the signatures: the server names the
 * object, the credentials put that object and no other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiUploadIT {
    static final String BUCKET = "heihei-it";
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    private JsonObject token(User user, String format, String module) {
        return hh.call("api/sys/oss-token", user, fields().add("format", format).add("module", module));
    }

    static ObjectStore.Grant grant(JsonObject reply) {
        JsonObject c = reply.getJsonObject("Credentials");
        return new ObjectStore.Grant(c.getString("AccessKeyId"), c.getString("AccessKeySecret"),
                c.getString("SecurityToken"), Instant.parse(c.getString("Expiration")));
    }

    @Test
    void theServerNamesTheObjectAndItsCredentialsPutThatObjectOnly() throws Exception {
        User user = hh.signIn();
        try (FakeAliyun aliyun = new FakeAliyun(Integer.getInteger("it.fake.aliyun.port", 9198), "LTAI-it",
                "it-aliyun-secret")) {
            String bucketUrl = aliyun.base() + "/oss/" + BUCKET;
            JsonObject reply = token(user, "mp3", "record");
            assertCode(0, reply);
            JsonObject file = reply.getJsonObject("FileInfo");
            String fileName = file.getString("fileName");
            assertTrue(fileName.matches("\\d{10}_" + user.id() + "_[A-Za-z0-9]{10}\\.mp3"), fileName);
            assertEquals(BUCKET + "/record/" + fileName, file.getString("path"));
            assertTrue(file.getString("sign").matches("[0-9a-f]{32}"));
            ObjectStore.Grant g = grant(reply);
            assertTrue(g.expiration().isAfter(Instant.now().plusSeconds(600)));
            assertEquals(200, OssClient.put(bucketUrl, BUCKET, "record/" + fileName, g, new byte[]{1, 2, 3}));
            assertEquals(3, aliyun.objects.get(BUCKET + "/record/" + fileName).length);
            assertEquals(403, OssClient.put(bucketUrl, BUCKET, "record/someone-else.mp3", g, new byte[]{1}),
                    "the credentials name one object");

            JsonObject again = token(user, "jepg", "avatar");
            assertTrue(again.getJsonObject("FileInfo").getString("fileName").endsWith(".jpeg"));
            assertNotEquals(file.getString("sign"), again.getJsonObject("FileInfo").getString("sign"));
        }
        assertCode(700, token(user, "gif", "record"));
        assertCode(700, token(user, "mp3", "avator"));
        assertCode(400, token(user, "mp3", "message"), "STS unreachable: no credentials");
    }
}
