import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;

import java.util.Set;

/** The reference: Liberty serving a trivial JAX-RS GET from its own small WAR ({@code /trivial/ping}), same server. */
@ApplicationPath("/")
public class Trivial extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Ping.class);
    }

    @Path("ping")
    public static class Ping {
        @GET
        @Produces("application/json")
        public String ping() {
            return "{\"status\":\"ok\",\"peer_status\":\"hookoff\"}";
        }
    }
}
