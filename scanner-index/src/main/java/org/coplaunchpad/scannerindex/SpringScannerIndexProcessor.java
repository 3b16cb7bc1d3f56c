package org.coplaunchpad.scannerindex;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the Spring Scanner index files ({@code META-INF/plugin-components/component},
 * {@code imports}, {@code exports}) that Atlassian's spring-scanner-maven-plugin would write,
 * so the Spring Scanner runtime in Confluence builds the plugin's context from them.
 *
 * <p>It claims no annotations (other processors still see them) and writes once, after the last
 * round, so classes generated in later rounds are indexed too.
 */
public final class SpringScannerIndexProcessor extends AbstractProcessor {

    private ScannerIndex index;
    private IndexCollector collector;

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        index = new ScannerIndex();
        collector = new IndexCollector(index, new ScannerRules(processingEnv.getTypeUtils()),
                processingEnv.getElementUtils(), processingEnv.getMessager());
    }

    /** Every class is of interest: imports may sit in any class, not just annotated ones. */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            if (!collector.errorReported()) {
                writeIndexFiles();
            }
            return false;
        }
        for (Element root : round.getRootElements()) {
            // Only classes compiled now; a package-info's package would also list classes from the classpath.
            if (root instanceof TypeElement type) {
                collector.scan(type);
            }
        }
        return false;
    }

    private void writeIndexFiles() {
        for (ScannerIndex.IndexFile file : index.filesToWrite()) {
            try {
                FileObject resource = processingEnv.getFiler()
                        .createResource(StandardLocation.CLASS_OUTPUT, "", file.path());
                try (OutputStream out = resource.openOutputStream()) {
                    out.write(file.content().getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "Could not write " + file.path() + " to the class output: " + e.getMessage());
            }
        }
    }
}
