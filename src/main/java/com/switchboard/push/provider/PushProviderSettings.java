package com.switchboard.push.provider;

import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** The push providers' credentials and endpoints ({@code switchboard.push.apns|baidu|getui.*}). */
@ConfigProperties(prefix = "switchboard.push")
public class PushProviderSettings {
    @ConfigProperty(name = "apns.key-file")
    Optional<String> apnsKeyFile;
    @ConfigProperty(name = "apns.team-id")
    Optional<String> apnsTeamId;
    @ConfigProperty(name = "apns.key-id")
    Optional<String> apnsKeyId;
    @ConfigProperty(name = "apns.topic")
    Optional<String> apnsTopic;
    @ConfigProperty(name = "apns.endpoint", defaultValue = "https://api.push.apple.com")
    String apnsEndpoint;
    @ConfigProperty(name = "baidu.api-key")
    Optional<String> baiduApiKey;
    @ConfigProperty(name = "baidu.secret-key")
    Optional<String> baiduSecretKey;
    @ConfigProperty(name = "baidu.endpoint", defaultValue = "http://api.tuisong.baidu.com/rest/3.0/")
    String baiduEndpoint;
    @ConfigProperty(name = "getui.app-id")
    Optional<String> getuiAppId;
    @ConfigProperty(name = "getui.app-key")
    Optional<String> getuiAppKey;
    @ConfigProperty(name = "getui.master-secret")
    Optional<String> getuiMasterSecret;
    @ConfigProperty(name = "getui.endpoint", defaultValue = "https://restapi.getui.com/v2/")
    String getuiEndpoint;
}
