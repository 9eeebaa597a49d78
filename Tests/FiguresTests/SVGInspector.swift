import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Parses SVG markup with Foundation's `XMLParser` and records what the
/// tests look at: element names, ids, and referenced ids.
final class SVGInspector: NSObject, XMLParserDelegate {
    /// Every element name, in document order.
    private(set) var elements: [String] = []
    /// Every `id` attribute, in document order.
    private(set) var ids: [String] = []
    /// Parse error, if any.
    private(set) var error: Error?

    /// Parses `svg`; check `error` afterwards.
    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "SVGInspector", code: 1) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append(elementName)
        if let id = attributeDict["id"] { ids.append(id) }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        error = parseError
    }

    /// Fails the test unless `svg` parses, has a root `svg` with `<title>` and
    /// `<desc>`, unique ids all starting with `prefix`, and no NaN/∞ numbers.
    static func assertWellFormed(_ svg: String, prefix: String, file: StaticString = #filePath, line: UInt = #line) {
        let inspector = SVGInspector(svg)
        XCTAssertNil(inspector.error, "XML parse error: \(String(describing: inspector.error))", file: file, line: line)
        XCTAssertEqual(inspector.elements.first, "svg", file: file, line: line)
        XCTAssertTrue(inspector.elements.contains("title"), file: file, line: line)
        XCTAssertTrue(inspector.elements.contains("desc"), file: file, line: line)
        XCTAssertEqual(Set(inspector.ids).count, inspector.ids.count, "duplicate ids", file: file, line: line)
        for id in inspector.ids {
            XCTAssertTrue(id == prefix || id.hasPrefix(prefix + "-"), "id \(id) lacks prefix", file: file, line: line)
        }
        for bad in ["nan", "NaN", "inf", "e+", "e-"] where svg.contains("=\"" + bad) || svg.contains(" " + bad + " ") {
            XCTFail("suspicious number \(bad) in SVG", file: file, line: line)
        }
    }
}
