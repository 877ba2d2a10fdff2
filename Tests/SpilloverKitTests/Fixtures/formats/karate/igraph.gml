Creator "igraph version 1.0.0 Tue Dec  1 15:18:24 2026"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "0"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 1
    name "1"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 2
    name "2"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 3
    name "3"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 4
    name "4"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 5
    name "5"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 6
    name "6"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 7
    name "7"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 8
    name "8"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 9
    name "9"
    club "Officer"
    group 2
  ]
  node
  [
    id 10
    name "10"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 11
    name "11"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 12
    name "12"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 13
    name "13"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 14
    name "14"
    club "Officer"
    group 2
  ]
  node
  [
    id 15
    name "15"
    club "Officer"
    group 2
  ]
  node
  [
    id 16
    name "16"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 17
    name "17"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 18
    name "18"
    club "Officer"
    group 2
  ]
  node
  [
    id 19
    name "19"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 20
    name "20"
    club "Officer"
    group 2
  ]
  node
  [
    id 21
    name "21"
    club "Mr. Hi"
    group 1
  ]
  node
  [
    id 22
    name "22"
    club "Officer"
    group 2
  ]
  node
  [
    id 23
    name "23"
    club "Officer"
    group 2
  ]
  node
  [
    id 24
    name "24"
    club "Officer"
    group 2
  ]
  node
  [
    id 25
    name "25"
    club "Officer"
    group 2
  ]
  node
  [
    id 26
    name "26"
    club "Officer"
    group 2
  ]
  node
  [
    id 27
    name "27"
    club "Officer"
    group 2
  ]
  node
  [
    id 28
    name "28"
    club "Officer"
    group 2
  ]
  node
  [
    id 29
    name "29"
    club "Officer"
    group 2
  ]
  node
  [
    id 30
    name "30"
    club "Officer"
    group 2
  ]
  node
  [
    id 31
    name "31"
    club "Officer"
    group 2
  ]
  node
  [
    id 32
    name "32"
    club "Officer"
    group 2
  ]
  node
  [
    id 33
    name "33"
    club "Officer"
    group 2
  ]
  edge
  [
    source 1
    target 0
  ]
  edge
  [
    source 2
    target 0
  ]
  edge
  [
    source 3
    target 0
  ]
  edge
  [
    source 4
    target 0
  ]
  edge
  [
    source 5
    target 0
  ]
  edge
  [
    source 6
    target 0
  ]
  edge
  [
    source 7
    target 0
  ]
  edge
  [
    source 8
    target 0
  ]
  edge
  [
    source 10
    target 0
  ]
  edge
  [
    source 11
    target 0
  ]
  edge
  [
    source 12
    target 0
  ]
  edge
  [
    source 13
    target 0
  ]
  edge
  [
    source 17
    target 0
  ]
  edge
  [
    source 19
    target 0
  ]
  edge
  [
    source 21
    target 0
  ]
  edge
  [
    source 31
    target 0
  ]
  edge
  [
    source 2
    target 1
  ]
  edge
  [
    source 3
    target 1
  ]
  edge
  [
    source 7
    target 1
  ]
  edge
  [
    source 13
    target 1
  ]
  edge
  [
    source 17
    target 1
  ]
  edge
  [
    source 19
    target 1
  ]
  edge
  [
    source 21
    target 1
  ]
  edge
  [
    source 30
    target 1
  ]
  edge
  [
    source 3
    target 2
  ]
  edge
  [
    source 7
    target 2
  ]
  edge
  [
    source 8
    target 2
  ]
  edge
  [
    source 9
    target 2
  ]
  edge
  [
    source 13
    target 2
  ]
  edge
  [
    source 27
    target 2
  ]
  edge
  [
    source 28
    target 2
  ]
  edge
  [
    source 32
    target 2
  ]
  edge
  [
    source 7
    target 3
  ]
  edge
  [
    source 12
    target 3
  ]
  edge
  [
    source 13
    target 3
  ]
  edge
  [
    source 6
    target 4
  ]
  edge
  [
    source 10
    target 4
  ]
  edge
  [
    source 6
    target 5
  ]
  edge
  [
    source 10
    target 5
  ]
  edge
  [
    source 16
    target 5
  ]
  edge
  [
    source 16
    target 6
  ]
  edge
  [
    source 30
    target 8
  ]
  edge
  [
    source 32
    target 8
  ]
  edge
  [
    source 33
    target 8
  ]
  edge
  [
    source 33
    target 9
  ]
  edge
  [
    source 33
    target 13
  ]
  edge
  [
    source 32
    target 14
  ]
  edge
  [
    source 33
    target 14
  ]
  edge
  [
    source 32
    target 15
  ]
  edge
  [
    source 33
    target 15
  ]
  edge
  [
    source 32
    target 18
  ]
  edge
  [
    source 33
    target 18
  ]
  edge
  [
    source 33
    target 19
  ]
  edge
  [
    source 32
    target 20
  ]
  edge
  [
    source 33
    target 20
  ]
  edge
  [
    source 32
    target 22
  ]
  edge
  [
    source 33
    target 22
  ]
  edge
  [
    source 25
    target 23
  ]
  edge
  [
    source 27
    target 23
  ]
  edge
  [
    source 29
    target 23
  ]
  edge
  [
    source 32
    target 23
  ]
  edge
  [
    source 33
    target 23
  ]
  edge
  [
    source 25
    target 24
  ]
  edge
  [
    source 27
    target 24
  ]
  edge
  [
    source 31
    target 24
  ]
  edge
  [
    source 31
    target 25
  ]
  edge
  [
    source 29
    target 26
  ]
  edge
  [
    source 33
    target 26
  ]
  edge
  [
    source 33
    target 27
  ]
  edge
  [
    source 31
    target 28
  ]
  edge
  [
    source 33
    target 28
  ]
  edge
  [
    source 32
    target 29
  ]
  edge
  [
    source 33
    target 29
  ]
  edge
  [
    source 32
    target 30
  ]
  edge
  [
    source 33
    target 30
  ]
  edge
  [
    source 32
    target 31
  ]
  edge
  [
    source 33
    target 31
  ]
  edge
  [
    source 33
    target 32
  ]
]
