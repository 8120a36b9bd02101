package com.switchboard.heihei.upload;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** {@code switchboard.heihei.upload.*} and the Aliyun account ({@code switchboard.heihei.aliyun.*}). */
@Dependent
public class UploadSettings {
    @Inject
    @ConfigProperty(name = "switchboard.heihei.upload.bucket", defaultValue = "heihei")
    String bucket;
    /** Where clients fetch media: the CDN in front of the bucket; unset, this server's {@code /media/}. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.upload.cdn-url")
    Optional<String> cdnUrl;
    /** The embedded store's directory (default: {@code heihei-media} in the server's output directory). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.upload.embedded-dir")
    Optional<String> embeddedDir;
    /** The largest object an app may put into the embedded store. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.upload.max-bytes", defaultValue = "10485760")
    long maxBytes;
    /** Life of upload credentials (STS takes at least 900 s). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.upload.credential-seconds", defaultValue = "900")
    long credentialSeconds;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.aliyun.sts-url", defaultValue = "https://sts.aliyuncs.com")
    String stsUrl;
    /** The bucket's URL, e.g. {@code https://heihei.oss-cn-hangzhou.aliyuncs.com}. */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.aliyun.bucket-url")
    Optional<String> bucketUrl;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.aliyun.access-key-id")
    Optional<String> accessKeyId;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.aliyun.access-key-secret")
    Optional<String> accessKeySecret;
    /** The RAM role STS assumes for uploads ({@code acs:ram::<account>:role/<name>}). */
    @Inject
    @ConfigProperty(name = "switchboard.heihei.aliyun.role-arn")
    Optional<String> roleArn;

    public String bucket() {
        return bucket;
    }

    /** The configured CDN base, ending in a slash. */
    public Optional<String> cdnUrl() {
        return cdnUrl.filter(u -> !u.isBlank()).map(u -> u.endsWith("/") ? u : u + "/");
    }

    public java.nio.file.Path embeddedDir() {
        return java.nio.file.Path.of(embeddedDir.filter(d -> !d.isBlank()).orElseGet(() ->
                System.getProperty("server.output.dir", System.getProperty("java.io.tmpdir")) + "/heihei-media"));
    }

    public long maxBytes() {
        return maxBytes;
    }

    public java.time.Duration credentialLife() {
        return java.time.Duration.ofSeconds(Math.max(900, credentialSeconds));
    }
}
