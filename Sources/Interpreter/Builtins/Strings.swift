import Foundation
import SwiftSyntax

/// Foundation's string formatting and the `String` and `Double` members that go with it.
extension Compiler {
    /// Compiles `String(format:_:)`, `String(describing:)` or `String(_:radix:uppercase:)`, or
    /// returns nil for another `String` initialiser.
    func stringInitializer(_ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed? {
        if args.count >= 2, args[0].label == nil, args[1].label == "radix", args.count == 2 || args[2].label == "uppercase" {
            let (value, radix) = (try expression(args[0].expression, as: .int), try expression(args[1].expression, as: .int))
            let uppercase = args.count == 3 ? try expression(args[2].expression, as: .bool) : { _ in .bool(false) }
            let at = self.at(c)
            return Typed(type: .string) { f in
                guard case .int(let n) = try value(f), case .int(let r) = try radix(f), case .bool(let u) = try uppercase(f) else { return .void }
                guard (2...36).contains(r) else { throw InterpreterError(message: "radix must be between 2 and 36, got \(r)", at: at) }
                return .string(String(n, radix: r, uppercase: u))
            }
        }
        switch args.first?.label {
        case "describing":
            guard args.count == 1 else { throw error(c, "'String(describing:)' takes one argument") }
            let value = try expression(args[0].expression)
            try refuseUnorderedPrinting(value.type, args[0].expression)
            let code = value.code
            return Typed(type: .string) { f in .string(try code(f).description) }
        case "format":
            let format = try expression(args[0].expression, as: .string)
            var values: [Code] = []
            for a in args.dropFirst() {
                guard a.label == nil else { throw error(a.expression, "extraneous argument label '\(a.label!):' in call to 'String(format:_:)'") }
                let t = try expression(a.expression)
                switch t.type {
                case .int, .double, .string: values.append(t.code)
                default: throw error(a.expression, "argument type '\(t.type)' does not conform to expected type 'CVarArg'")
                }
            }
            let (runtime, at) = (self.runtime, self.at(c))
            return Typed(type: .string) { f in
                guard case .string(let text) = try format(f) else { return .void }
                let arguments: [PrintfFormat.Argument] = try values.map { code in
                    switch try code(f) {
                    case .int(let n): .int(n)
                    case .double(let x): .double(x)
                    case let v: .string(v.description)
                    }
                }
                do {
                    return .string(try PrintfFormat.format(text, arguments) { try runtime.checkCount($0, at) })
                } catch let message as PrintfFormat.Message {
                    throw InterpreterError(message: "String(format:): \(message.text)", at: at)
                }
            }
        default:
            return nil
        }
    }

    /// Compiles `x.rounded(_:)` with a `FloatingPointRoundingRule`, written as an implicit member
    /// (`.down`) or in full (`FloatingPointRoundingRule.down`).
    func roundedCall(_ base: @escaping Code, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        guard args.count == 1, args[0].label == nil, let m = args[0].expression.as(MemberAccessExprSyntax.self),
              m.base == nil || m.base?.as(DeclReferenceExprSyntax.self)?.baseName.text == "FloatingPointRoundingRule",
              let rule = Self.roundingRules[m.declName.baseName.text] else {
            throw error(c, "'rounded' takes a FloatingPointRoundingRule: .toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero or .awayFromZero")
        }
        return Typed(type: .double) { f in
            guard case .double(let x) = try base(f) else { return .void }
            return .double(x.rounded(rule))
        }
    }

    /// Swift's rounding rules by name.
    private static let roundingRules: [String: FloatingPointRoundingRule] = [
        "toNearestOrAwayFromZero": .toNearestOrAwayFromZero, "toNearestOrEven": .toNearestOrEven, "up": .up,
        "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
    ]

    /// Compiles Foundation's `s.padding(toLength:withPad:startingAt:)`.
    func paddingCall(_ base: @escaping Code, _ args: [Argument], _ c: FunctionCallExprSyntax) throws -> Typed {
        guard args.map(\.label) == ["toLength", "withPad", "startingAt"] else {
            throw error(c, "use padding(toLength:withPad:startingAt:)")
        }
        let length = try expression(args[0].expression, as: .int)
        let pad = try expression(args[1].expression, as: .string)
        let start = try expression(args[2].expression, as: .int)
        let (runtime, at) = (self.runtime, self.at(c))
        return Typed(type: .string) { f in
            guard case .string(let s) = try base(f), case .int(let n) = try length(f), case .string(let p) = try pad(f),
                  case .int(let k) = try start(f) else { return .void }
            try runtime.checkCount(n, at)
            guard n >= 0, n <= s.utf16.count || (0..<p.utf16.count).contains(k) else {
                throw InterpreterError(
                    message: "padding(toLength:withPad:startingAt:) needs a length ≥ 0 and, to pad, a startingAt within the pad", at: at)
            }
            return .string(s.padding(toLength: n, withPad: p, startingAt: k))
        }
    }
}
