package com.switchboard.push.provider;

import java.util.Map;
import java.util.Optional;

/** The provider of each push service by name ({@code apns}, {@code baidu}, {@code getui}), as configured. */
public final class PushProviders {
    private final Map<String, PushProvider> providers;

    public PushProviders(Map<String, PushProvider> providers) {
        this.providers = Map.copyOf(providers);
    }

    public Optional<PushProvider> get(String name) {
        return Optional.ofNullable(providers.get(name));
    }
}
