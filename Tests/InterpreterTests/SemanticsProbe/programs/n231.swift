let a = "é", b = "e\u{301}"
print(a == b, a.count, b.count, a.utf8.count, b.utf8.count, b.unicodeScalars.count)
let flag = "🇺🇸🇫🇷"
print(flag.count, flag.utf16.count, Array(flag).count, flag.reversed().map { String($0) })
print("👨‍👩‍👧".count, "👍🏽".count, "a\r\nb".count)
