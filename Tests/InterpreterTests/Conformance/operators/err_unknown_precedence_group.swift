infix operator **: PowerPrecedence
// expect error: 1:20 unknown precedence group 'PowerPrecedence'
