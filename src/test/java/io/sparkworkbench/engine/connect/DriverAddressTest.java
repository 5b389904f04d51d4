package io.sparkworkbench.engine.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriverAddressTest {

    private final List<String> asked = new ArrayList<>();

    private DriverAddress.Router routesVia(String local) {
        return (host, port) -> {
            asked.add(host + ":" + port);
            return InetAddress.getByName(local);
        };
    }

    @Test
    void localSessionsAndLoopbackMastersListenOnLoopback() {
        assertThat(DriverAddress.choose("local[*]", "", routesVia("192.0.2.7"))).isEqualTo("127.0.0.1");
        assertThat(DriverAddress.choose("local[2]", null, routesVia("192.0.2.7"))).isEqualTo("127.0.0.1");
        assertThat(DriverAddress.choose("spark://127.0.0.1:7077", "", routesVia("192.0.2.7"))).isEqualTo("127.0.0.1");
        assertThat(DriverAddress.choose("spark://localhost:7077", "", routesVia("192.0.2.7"))).isEqualTo("127.0.0.1");
        assertThat(asked).as("loopback needs no route lookup").isEmpty();
    }

    @Test
    void aRemoteMasterGetsTheAddressOfTheInterfaceThatRoutesToIt() {
        String chosen = DriverAddress.choose("spark://198.51.100.20:7077,198.51.100.21:7077", "", routesVia("192.0.2.7"));

        assertThat(chosen).isEqualTo("192.0.2.7");
        assertThat(asked).containsExactly("198.51.100.20:7077");
    }

    @Test
    void theOverrideFromSettingsWins() {
        assertThat(DriverAddress.choose("spark://198.51.100.20:7077", " 10.1.2.3 ", routesVia("192.0.2.7"))).isEqualTo("10.1.2.3");
        assertThat(DriverAddress.choose("local[*]", "10.1.2.3", routesVia("192.0.2.7"))).isEqualTo("10.1.2.3");
        assertThat(asked).isEmpty();
    }

    @Test
    void noRouteIsAClearErrorNamingTheMaster() {
        DriverAddress.Router none = (host, port) -> {
            throw new IOException("Network is unreachable");
        };
        assertThatThrownBy(() -> DriverAddress.choose("spark://198.51.100.20:7077", "", none))
                .hasMessageContaining("198.51.100.20:7077").hasMessageContaining("Network is unreachable")
                .hasMessageContaining("Settings → Connection");
    }

    @Test
    void theOsRouterAsksTheRoutingTableWithoutSending() throws Exception {
        // A connected UDP socket towards loopback leaves from loopback; nothing is sent by connect().
        InetAddress local = DriverAddress.OS_ROUTES.localAddressTowards("127.0.0.1", 7077);
        assertThat(local.isLoopbackAddress()).isTrue();
    }
}
