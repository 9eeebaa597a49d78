/// Rough text widths for layout (no font access at render time): average
/// advance widths of a sans-serif face, full width for CJK and other wide
/// characters.
enum TextMetrics {
    /// Estimated width of `text` at `fontSize` user units.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x20000...0x3FFFF:
                ems += 1.0
            case 0x20, 0x2E, 0x2C, 0x3A, 0x3B, 0x27, 0x7C, 0x69, 0x6A, 0x6C, 0x49, 0x31, 0x28, 0x29, 0x5B, 0x5D, 0x66, 0x74, 0x72:
                ems += 0.33
            case 0x0300...0x036F, 0x20D0...0x20FF, 0xFE00...0xFE0F:
                break  // combining marks and variation selectors
            case 0x41...0x5A, 0x6D, 0x77, 0x2212, 0xD7:
                ems += 0.72
            default:
                ems += 0.61
            }
        }
        return ems * fontSize
    }
}
