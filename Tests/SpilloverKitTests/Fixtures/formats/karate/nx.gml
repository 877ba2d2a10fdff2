graph [
  node [
    id 0
    label "0"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 1
    label "1"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 2
    label "2"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 3
    label "3"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 4
    label "4"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 5
    label "5"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 6
    label "6"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 7
    label "7"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 8
    label "8"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 9
    label "9"
    group 2
    club "Officer"
  ]
  node [
    id 10
    label "10"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 11
    label "11"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 12
    label "12"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 13
    label "13"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 14
    label "14"
    group 2
    club "Officer"
  ]
  node [
    id 15
    label "15"
    group 2
    club "Officer"
  ]
  node [
    id 16
    label "16"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 17
    label "17"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 18
    label "18"
    group 2
    club "Officer"
  ]
  node [
    id 19
    label "19"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 20
    label "20"
    group 2
    club "Officer"
  ]
  node [
    id 21
    label "21"
    group 1
    club "Mr. Hi"
  ]
  node [
    id 22
    label "22"
    group 2
    club "Officer"
  ]
  node [
    id 23
    label "23"
    group 2
    club "Officer"
  ]
  node [
    id 24
    label "24"
    group 2
    club "Officer"
  ]
  node [
    id 25
    label "25"
    group 2
    club "Officer"
  ]
  node [
    id 26
    label "26"
    group 2
    club "Officer"
  ]
  node [
    id 27
    label "27"
    group 2
    club "Officer"
  ]
  node [
    id 28
    label "28"
    group 2
    club "Officer"
  ]
  node [
    id 29
    label "29"
    group 2
    club "Officer"
  ]
  node [
    id 30
    label "30"
    group 2
    club "Officer"
  ]
  node [
    id 31
    label "31"
    group 2
    club "Officer"
  ]
  node [
    id 32
    label "32"
    group 2
    club "Officer"
  ]
  node [
    id 33
    label "33"
    group 2
    club "Officer"
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 0
    target 2
  ]
  edge [
    source 0
    target 3
  ]
  edge [
    source 0
    target 4
  ]
  edge [
    source 0
    target 5
  ]
  edge [
    source 0
    target 6
  ]
  edge [
    source 0
    target 7
  ]
  edge [
    source 0
    target 8
  ]
  edge [
    source 0
    target 10
  ]
  edge [
    source 0
    target 11
  ]
  edge [
    source 0
    target 12
  ]
  edge [
    source 0
    target 13
  ]
  edge [
    source 0
    target 17
  ]
  edge [
    source 0
    target 19
  ]
  edge [
    source 0
    target 21
  ]
  edge [
    source 0
    target 31
  ]
  edge [
    source 1
    target 2
  ]
  edge [
    source 1
    target 3
  ]
  edge [
    source 1
    target 7
  ]
  edge [
    source 1
    target 13
  ]
  edge [
    source 1
    target 17
  ]
  edge [
    source 1
    target 19
  ]
  edge [
    source 1
    target 21
  ]
  edge [
    source 1
    target 30
  ]
  edge [
    source 2
    target 3
  ]
  edge [
    source 2
    target 7
  ]
  edge [
    source 2
    target 8
  ]
  edge [
    source 2
    target 9
  ]
  edge [
    source 2
    target 13
  ]
  edge [
    source 2
    target 27
  ]
  edge [
    source 2
    target 28
  ]
  edge [
    source 2
    target 32
  ]
  edge [
    source 3
    target 7
  ]
  edge [
    source 3
    target 12
  ]
  edge [
    source 3
    target 13
  ]
  edge [
    source 4
    target 6
  ]
  edge [
    source 4
    target 10
  ]
  edge [
    source 5
    target 6
  ]
  edge [
    source 5
    target 10
  ]
  edge [
    source 5
    target 16
  ]
  edge [
    source 6
    target 16
  ]
  edge [
    source 8
    target 30
  ]
  edge [
    source 8
    target 32
  ]
  edge [
    source 8
    target 33
  ]
  edge [
    source 9
    target 33
  ]
  edge [
    source 13
    target 33
  ]
  edge [
    source 14
    target 32
  ]
  edge [
    source 14
    target 33
  ]
  edge [
    source 15
    target 32
  ]
  edge [
    source 15
    target 33
  ]
  edge [
    source 18
    target 32
  ]
  edge [
    source 18
    target 33
  ]
  edge [
    source 19
    target 33
  ]
  edge [
    source 20
    target 32
  ]
  edge [
    source 20
    target 33
  ]
  edge [
    source 22
    target 32
  ]
  edge [
    source 22
    target 33
  ]
  edge [
    source 23
    target 25
  ]
  edge [
    source 23
    target 27
  ]
  edge [
    source 23
    target 29
  ]
  edge [
    source 23
    target 32
  ]
  edge [
    source 23
    target 33
  ]
  edge [
    source 24
    target 25
  ]
  edge [
    source 24
    target 27
  ]
  edge [
    source 24
    target 31
  ]
  edge [
    source 25
    target 31
  ]
  edge [
    source 26
    target 29
  ]
  edge [
    source 26
    target 33
  ]
  edge [
    source 27
    target 33
  ]
  edge [
    source 28
    target 31
  ]
  edge [
    source 28
    target 33
  ]
  edge [
    source 29
    target 32
  ]
  edge [
    source 29
    target 33
  ]
  edge [
    source 30
    target 32
  ]
  edge [
    source 30
    target 33
  ]
  edge [
    source 31
    target 32
  ]
  edge [
    source 31
    target 33
  ]
  edge [
    source 32
    target 33
  ]
]
