package org.imagoclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableAddressTests {

    @ParameterizedTest
    @CsvSource({
            "0:0:0:0:0:0:0:1, 127.0.0.1",
            "127.0.0.1, 127.0.0.1",
            "::ffff:192.0.2.7, 192.0.2.7",
            "192.0.2.7, 192.0.2.7",
            "2001:db8:0:0:0:0:0:1, 2001:db8::1",
            "2001:0db8:0000:0001:0000:0000:0000:0001, 2001:db8:0:1::1",
            "fe80:0:0:0:0:0:0:0, fe80::",
            "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
            "not an address, not an address"})
    void addressesReadAsPeopleExpect(String stored, String shown) {
        assertThat(ReadableAddress.of(stored)).isEqualTo(shown);
    }
}
