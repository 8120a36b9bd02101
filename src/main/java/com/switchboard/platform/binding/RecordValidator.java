package com.switchboard.platform.binding;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.annotation.ElementType;

/**
 * The validator for request records. Request records are never entities, so every property is reachable: the
 * default resolver asks JPA whether each property is loaded, which on Liberty walks the persistence providers under
 * a lock on every validated property (profiled on every p2p call start).
 */
@ApplicationScoped
public class RecordValidator {
    @Inject
    ValidatorFactory factory;
    private Validator validator;

    @PostConstruct
    void build() {
        validator = factory.usingContext().traversableResolver(new EverythingReachable()).getValidator();
    }

    public Validator get() {
        return validator;
    }

    static final class EverythingReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootType, Path path, ElementType type) {
            return true;
        }
    }
}
