package kist.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;

/**
 * The published schemas of what kist writes besides HTML: Atom 1.0 (RFC 4287's RELAX NG grammar,
 * checked with Jing) and sitemaps.org 0.9 (W3C XML Schema, checked by the JDK). The schemas live
 * in {@code ../shared/schemas/} beside the project, where CI has them.
 */
public final class XmlSchemas {
    private static final Path SCHEMAS = Path.of("..", "shared", "schemas");

    private XmlSchemas() {
    }

    public static void assertValidAtom(String name, byte[] xml) {
        Path schema = schema("atom.rng");
        Errors errors = new Errors(name);
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, errors);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        try {
            assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(schema.toFile())), "atom.rng loads: " + errors.found);
            driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.found.add(name + ": " + e.getMessage());
        }
        errors.assertNone(xml);
    }

    public static void assertValidSitemap(String name, byte[] xml) {
        Path schema = schema("sitemap.xsd");
        Errors errors = new Errors(name);
        try {
            Validator validator = SchemaFactory.newDefaultInstance().newSchema(schema.toFile()).newValidator();
            validator.setErrorHandler(errors);
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.found.add(name + ": " + e.getMessage());
        }
        errors.assertNone(xml);
    }

    /** Parses namespace-aware, without fetching anything; fails the test on XML that is not well-formed. */
    public static Document parse(String name, byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            return fail(name + " is not well-formed XML: " + e.getMessage() + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static Path schema(String file) {
        Path schema = SCHEMAS.resolve(file);
        if (!Files.isRegularFile(schema)) {
            fail("schema " + schema.toAbsolutePath().normalize() + " is missing: the XML tests need ../shared/schemas/"
                    + file + " beside the project (CI has it there)");
        }
        return schema;
    }

    private static final class Errors implements ErrorHandler {
        private final String name;
        private final List<String> found = new ArrayList<>();

        Errors(String name) {
            this.name = name;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }

        void assertNone(byte[] xml) {
            if (!found.isEmpty()) {
                fail(String.join("\n", found) + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
