package org.ccionetwork.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each body's number format, with numbers that fit and numbers that do not. */
class RegistrationNumberTests {

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of(RegistrationBody.GMC, "1234567", true),
                Arguments.of(RegistrationBody.GMC, "7012345", true),
                Arguments.of(RegistrationBody.GMC, " 123 4567 ", true),
                Arguments.of(RegistrationBody.GMC, "123456", false),
                Arguments.of(RegistrationBody.GMC, "12345678", false),
                Arguments.of(RegistrationBody.GMC, "12345A7", false),
                Arguments.of(RegistrationBody.GMC, "", false),
                Arguments.of(RegistrationBody.NMC, "12A3456E", true),
                Arguments.of(RegistrationBody.NMC, "98h1234e", true),
                Arguments.of(RegistrationBody.NMC, "12A3456", false),
                Arguments.of(RegistrationBody.NMC, "1AA3456E", false),
                Arguments.of(RegistrationBody.NMC, "12A34567", false),
                Arguments.of(RegistrationBody.NMC, "12A3456EE", false),
                Arguments.of(RegistrationBody.NMC, "1234567", false),
                Arguments.of(RegistrationBody.HCPC, "PA12345", true),
                Arguments.of(RegistrationBody.HCPC, "ph061234", true),
                Arguments.of(RegistrationBody.HCPC, "SL0123", true),
                Arguments.of(RegistrationBody.HCPC, "P12345", false),
                Arguments.of(RegistrationBody.HCPC, "PAB12345", false),
                Arguments.of(RegistrationBody.HCPC, "PA", false),
                Arguments.of(RegistrationBody.HCPC, "12345PA", false),
                Arguments.of(RegistrationBody.GPHC, "2071234", true),
                Arguments.of(RegistrationBody.GPHC, "207123", false),
                Arguments.of(RegistrationBody.GPHC, "20712345", false),
                Arguments.of(RegistrationBody.GPHC, "GP71234", false),
                Arguments.of(RegistrationBody.GPHC, "<script>", false));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("numbers")
    void checksTheFormatOfEachBody(RegistrationBody body, String number, boolean valid) {
        assertThat(body.accepts(number)).isEqualTo(valid);
    }
}
