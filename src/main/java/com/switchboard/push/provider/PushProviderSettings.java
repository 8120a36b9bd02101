package com.switchboard.push.provider;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The push providers' credentials and endpoints ({@code switchboard.push.apns|baidu|getui.*}). */
@Dependent
public class PushProviderSettings {
    @Inject
    @ConfigProperty(name = "switchboard.push.apns.key-file")
    Optional<String> apnsKeyFile;
    @Inject
    @ConfigProperty(name = "switchboard.push.apns.team-id")
    Optional<String> apnsTeamId;
    @Inject
    @ConfigProperty(name = "switchboard.push.apns.key-id")
    Optional<String> apnsKeyId;
    @Inject
    @ConfigProperty(name = "switchboard.push.apns.topic")
    Optional<String> apnsTopic;
    @Inject
    @ConfigProperty(name = "switchboard.push.apns.endpoint", defaultValue = "https://api.push.apple.com")
    String apnsEndpoint;
    @Inject
    @ConfigProperty(name = "switchboard.push.baidu.api-key")
    Optional<String> baiduApiKey;
    @Inject
    @ConfigProperty(name = "switchboard.push.baidu.secret-key")
    Optional<String> baiduSecretKey;
    @Inject
    @ConfigProperty(name = "switchboard.push.baidu.endpoint", defaultValue = "http://api.tuisong.baidu.com/rest/3.0/")
    String baiduEndpoint;
    @Inject
    @ConfigProperty(name = "switchboard.push.getui.app-id")
    Optional<String> getuiAppId;
    @Inject
    @ConfigProperty(name = "switchboard.push.getui.app-key")
    Optional<String> getuiAppKey;
    @Inject
    @ConfigProperty(name = "switchboard.push.getui.master-secret")
    Optional<String> getuiMasterSecret;
    @Inject
    @ConfigProperty(name = "switchboard.push.getui.endpoint", defaultValue = "https://restapi.getui.com/v2/")
    String getuiEndpoint;
}
