var log = [String]()
func t(_ s: String) -> Int { log.append(s); return s.count }
let r = t("a") + t("bb") * t("ccc")
print(r, log)
log = []
print("\(t("x")) \(t("yy"))", log)
func three(_ a: Int, _ b: Int, _ c: Int) -> Int { a * 100 + b * 10 + c }
log = []
print(three(t("p"), t("qq"), t("rrr")), log)
