package org.ccionetwork;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() throws Exception {
        var output = java.nio.file.Path.of("target", "spring-modulith-docs");
        org.springframework.util.FileSystemUtils.deleteRecursively(output); // so files of an earlier run cannot pass
        var documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (var files = java.nio.file.Files.list(output)) {
            org.assertj.core.api.Assertions.assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("components.puml", "module-accounts.puml", "module-forum.puml");
        }
    }
}
