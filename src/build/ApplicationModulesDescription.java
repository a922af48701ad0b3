import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;

/**
 * Build-time description of the application modules (ADR 0022), run by Maven in process-classes
 * with the single-file source launcher.
 *
 * <p>Analyses the compiled classes once, as Spring Modulith's runtime would at every start, and
 * writes the result where the runtime looks for it first
 * ({@code META-INF/spring-modulith/application-modules.json}): the module-ordered Flyway migrations and
 * the {@code modulith} actuator endpoint then read the file instead of scanning the classes.
 *
 * <p>Arguments: the application class, the classes folder to write into.
 */
public class ApplicationModulesDescription {

    static final String LOCATION = "META-INF/spring-modulith/application-modules.json";

    public static void main(String[] args) throws Exception {
        Class<?> application = Class.forName(args[0]);
        Path file = Path.of(args[1]).resolve(LOCATION);
        String description = new ApplicationModulesExporter(ApplicationModules.of(application)).toJson();
        Files.createDirectories(file.getParent());
        Files.writeString(file, description);
        System.out.println("Application modules described in " + file);
    }
}
