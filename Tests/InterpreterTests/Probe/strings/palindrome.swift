func isPalindrome(_ s: String) -> Bool {
    let letters = s.lowercased().filter { $0.isLetter }
    return letters == String(letters.reversed())
}
print(isPalindrome("A man, a plan, a canal: Panama"))
print(isPalindrome("optimization"))
