package com.switchboard.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The ITs deploy the WAR the build produced, exactly as an operator would. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive switchboardWar() {
        File war = new File(System.getProperty("switchboard.war", "target/switchboard.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
