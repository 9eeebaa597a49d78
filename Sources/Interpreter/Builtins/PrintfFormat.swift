import Foundation

/// C's `printf` as Foundation's `String(format:)` applies it, for the arguments a note can pass.
///
/// The format is read and every conversion checked against the argument it consumes before
/// anything is formatted: where compiled Swift would read the wrong register or dereference a
/// string as a pointer (`%d` given a `Double`, `%s` given a `String`, too few arguments), the
/// note gets an error instead of garbage or a crash. Each checked conversion is then formatted by
/// Foundation itself, so the text is exactly what compiled Swift prints — including `%d` and
/// `%x` reading a 32-bit `int` (`%ld` reads all of an `Int`, `%llx` all of a `UInt64`).
enum PrintfFormat {
    /// An argument of `String(format:)`: the `CVarArg` types of the interpreted subset.
    enum Argument {
        /// An integer as a variadic call passes it to C: extended to 64 bits by its own sign
        /// (`UInt64.max` is the word of `-1`), with its type's name (`Int`, `UInt64`).
        case int(Int, type: String)
        case double(Double)
        case string(String)

        /// The argument's type as Swift spells it.
        var typeName: String {
            switch self {
            case .int(_, let type): type
            case .double: "Double"
            case .string: "String"
            }
        }
    }

    /// What a conversion consumes.
    private enum Kind {
        case integer, floating, object
    }

    /// One conversion specification, `%[n$][flags][width][.precision][length]conversion`.
    private struct Conversion {
        /// The argument number written as `n$`, if any (1-based).
        var position: Int?
        var flags = ""
        /// The width: written digits, or `*` (an `Int` argument, optionally numbered).
        var width: Bound?
        var precision: Bound?
        var length = ""
        var conversion: Character = "%"
        /// The text of the specification as written.
        var text = ""
    }

    /// A width or precision.
    private enum Bound {
        case fixed(Int)
        /// `*` or `*n$`: taken from an `Int` argument.
        case argument(Int?)
    }

    private static let integerLengths: Set<String> = ["", "h", "hh", "l", "ll", "q", "j", "z", "t"]

    /// `format` with its conversions applied to `arguments`; `checkSize` vets each width and
    /// precision before anything that large is built. Throws the reason a conversion cannot be
    /// applied, as a message.
    static func format(_ format: String, _ arguments: [Argument], checkSize: (Int) throws -> Void) throws -> String {
        var out = ""
        var literal = ""
        var next = 0
        var numbered: Bool?
        var i = format.startIndex
        /// The argument a conversion takes: the next one, or the numbered one.
        func argument(_ position: Int?, for spec: String) throws -> Argument {
            if numbered != nil && numbered != (position != nil) {
                throw Message("format '\(format)' mixes numbered (%n$) and unnumbered conversions")
            }
            numbered = position != nil
            let index: Int
            if let position { index = position - 1 } else {
                index = next
                next += 1
            }
            guard index >= 0, index < arguments.count else {
                throw Message("'\(spec)' has no argument: the format needs more than the \(arguments.count) given")
            }
            return arguments[index]
        }
        while i < format.endIndex {
            let c = format[i]
            guard c == "%" else {
                literal.append(c)
                i = format.index(after: i)
                continue
            }
            var spec = try parse(format, &i)
            if spec.conversion == "%" {
                guard spec.text == "%%" else { throw Message("'\(spec.text)': write a percent sign as '%%'") }
                literal.append("%")
                continue
            }
            out += literal
            literal = ""
            var rendered = "%" + spec.flags
            for (bound, isPrecision) in [(spec.width, false), (spec.precision, true)] {
                guard let bound else { continue }
                var n: Int
                switch bound {
                case .fixed(let k): n = k
                case .argument(let position):
                    guard case .int(let k, _) = try argument(position, for: spec.text) else {
                        throw Message("'*' in '\(spec.text)' takes an Int argument")
                    }
                    n = k
                }
                if isPrecision {
                    // A negative precision from `*` is taken as if it were omitted.
                    if n >= 0 { rendered += ".\(n)" }
                } else {
                    // A negative width from `*` left-justifies, as the '-' flag does.
                    rendered += String(n)
                    n = n.magnitude > UInt(Int32.max) ? .max : Int(n.magnitude)
                }
                try checkSize(Swift.max(n, 0))
                guard n <= Int32.max else { throw Message("'\(spec.text)': width or precision out of range") }
            }
            rendered += spec.length + String(spec.conversion)
            spec.text = rendered
            out += try apply(spec, try argument(spec.position, for: spec.text))
        }
        return out + literal
    }

    /// Reads one specification starting at the `%` at `i`, leaving `i` after it.
    private static func parse(_ format: String, _ i: inout String.Index) throws -> Conversion {
        let start = i
        var spec = Conversion()
        i = format.index(after: i)
        func peek() -> Character? { i < format.endIndex ? format[i] : nil }
        func advance() { i = format.index(after: i) }
        func number() -> Int? {
            var digits = ""
            while let d = peek(), d.isASCII, d.isNumber {
                digits.append(d)
                advance()
            }
            return digits.isEmpty ? nil : Int(digits) ?? .max
        }
        /// `n$` after digits already read, if there.
        func dollar(_ n: Int?) -> Int? {
            guard let n, peek() == "$" else { return nil }
            advance()
            return n
        }
        func bound() throws -> Bound? {
            if peek() == "*" {
                advance()
                let save = i
                let n = number()
                if let position = dollar(n) { return .argument(position) }
                i = save
                return .argument(nil)
            }
            return number().map(Bound.fixed)
        }
        // A leading number is a width unless a `$` follows it.
        let save = i
        if let n = number(), let position = dollar(n) { spec.position = position } else { i = save }
        while let f = peek(), "-+ 0#".contains(f) {
            spec.flags.append(f)
            advance()
        }
        if peek() == "'" { throw Message("the ' flag (thousands separators) is not supported by String(format:)") }
        spec.width = try bound()
        if peek() == "." {
            advance()
            spec.precision = try bound() ?? .fixed(0)
        }
        while let l = peek(), "hlqjztL".contains(l) {
            spec.length.append(l)
            advance()
        }
        guard let conversion = peek() else {
            throw Message("format ends inside the conversion '\(format[start...])'")
        }
        advance()
        spec.conversion = conversion
        spec.text = String(format[start..<i])
        return spec
    }

    /// One checked conversion, formatted by Foundation.
    private static func apply(_ spec: Conversion, _ argument: Argument) throws -> String {
        let kind: Kind
        switch spec.conversion {
        case "d", "i", "u", "x", "X", "o":
            guard integerLengths.contains(spec.length) else { throw Message("'\(spec.text)': length '\(spec.length)' does not apply to an Int") }
            kind = .integer
        case "c":
            guard spec.length.isEmpty else { throw Message("'\(spec.text)' is not supported; use '%c' or '%@'") }
            kind = .integer
        case "e", "E", "f", "F", "g", "G", "a", "A":
            guard spec.length.isEmpty || spec.length == "l" else {
                throw Message("'\(spec.text)': length '\(spec.length)' does not apply to a Double")
            }
            kind = .floating
        case "@":
            guard spec.length.isEmpty else { throw Message("'\(spec.text)': '%@' takes no length modifier") }
            kind = .object
        case "s":
            throw Message("'\(spec.text)' expects a C string pointer, which is undefined for a Swift String; use '%@'")
        default:
            throw Message("unknown conversion '%\(spec.conversion)' in format")
        }
        switch (kind, argument) {
        case (.integer, .int(let n, _)):
            if spec.conversion == "c", !(0...0x7F).contains(n) {
                throw Message("'\(spec.text)' takes an ASCII code (0...127), got \(n)")
            }
            return String(format: spec.text, n)
        case (.floating, .double(let x)): return String(format: spec.text, x)
        case (.object, .string(let s)): return String(format: spec.text, s)
        default:
            let wanted = switch kind {
            case .integer: "an Int"
            case .floating: "a Double"
            case .object: "a String"
            }
            throw Message("'\(spec.text)' expects \(wanted), got \(argument.typeName)")
        }
    }

    /// Why a format cannot be applied.
    struct Message: Error {
        /// The explanation, as shown to the note's author.
        let text: String
        init(_ text: String) { self.text = text }
    }
}
